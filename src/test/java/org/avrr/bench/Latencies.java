package org.avrr.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What users waited for during a load, by the name of what they did ("start", "filter list"), in
 * milliseconds, and the calls that failed. Thread-safe: every client of a load records here.
 */
final class Latencies implements OfficeHttp.Recorder {

  private final Map<String, List<Double>> millis = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final List<String> firstErrors = new ArrayList<>();

  @Override
  public void record(String what, long nanos) {
    millis
        .computeIfAbsent(what, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
        .add(nanos / 1e6);
  }

  /** A user's action that failed: counted, and the first few kept to say what they were. */
  void error(String what, Throwable failure) {
    errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    synchronized (firstErrors) {
      if (firstErrors.size() < 10) {
        firstErrors.add(what + ": " + failure.getMessage());
      }
    }
  }

  List<Double> of(String what) {
    List<Double> values = millis.get(what);
    if (values == null) {
      return List.of();
    }
    synchronized (values) {
      return List.copyOf(values);
    }
  }

  /** Every figure recorded under a name starting with {@code prefix}, together. */
  List<Double> startingWith(String prefix) {
    List<Double> all = new ArrayList<>();
    for (String name : names()) {
      if (name.startsWith(prefix)) {
        all.addAll(of(name));
      }
    }
    return all;
  }

  double percentile(String what, double p) {
    return Stats.percentile(of(what), p);
  }

  java.util.Set<String> names() {
    return java.util.Set.copyOf(millis.keySet());
  }

  long count(String what) {
    return of(what).size();
  }

  long errors() {
    return errors.values().stream().mapToLong(AtomicLong::get).sum();
  }

  long errors(String what) {
    AtomicLong count = errors.get(what);
    return count == null ? 0 : count.get();
  }

  List<String> firstErrors() {
    synchronized (firstErrors) {
      return List.copyOf(firstErrors);
    }
  }
}
