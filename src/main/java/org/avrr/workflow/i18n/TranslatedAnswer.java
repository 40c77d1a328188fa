package org.avrr.workflow.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An answer of the engine's API put into the language of the user who asked: the answer is held
 * back, translated ({@link #translated}) and sent. An English user's answer passes as it comes,
 * unbuffered; so does any answer with no body or of a status not {@link #translates translated} (by
 * default, any but a 200).
 */
abstract class TranslatedAnswer extends OncePerRequestFilter {

  private final RequestLanguage languages;

  TranslatedAnswer(RequestLanguage languages) {
    this.languages = languages;
  }

  /**
   * {@code body}, the answer to {@code request} (of {@code contentType}), in {@code language}; null
   * to send it as it is.
   */
  abstract byte[] translated(
      HttpServletRequest request, byte[] body, String contentType, String language);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String language = languages.of(request);
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    if (Languages.ENGLISH.equals(language)) {
      chain.doFilter(request, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    byte[] body = buffered.getContentAsByteArray();
    if (translates(buffered.getStatus()) && body.length > 0) {
      byte[] translated = translated(request, body, buffered.getContentType(), language);
      if (translated != null) {
        buffered.resetBuffer();
        buffered.getOutputStream().write(translated);
      }
    }
    buffered.copyBodyToResponse();
  }

  /**
   * Whether an answer of {@code status} is translated: a 200, unless a translator says otherwise.
   */
  boolean translates(int status) {
    return status == HttpServletResponse.SC_OK;
  }
}
