// "Every path ends in an end event": bpmnlint's own no-implicit-end, but for a compensation
// boundary event it looks for the association to its handler in the container the event sits in
// (a sub-process or the process), where the BPMN spec, Camunda 7 and bpmn-js put it. bpmnlint
// 11.15 looks only at the process's artifacts and so reports every compensation boundary event
// inside a sub-process (processes/travel.bpmn, "Request transit assistance") as an implicit end.
// Everything else is checked as bpmnlint checks it.
const { is, isAny } = require('bpmnlint-utils');

function eventDefinitionsAll(node, type) {
  const definitions = node.eventDefinitions || [];
  return definitions.length > 0 && definitions.every(definition => is(definition, type));
}

function containerArtifacts(node) {
  let container = node.$parent;
  while (container && !isAny(container, [ 'bpmn:SubProcess', 'bpmn:Process' ])) {
    container = container.$parent;
  }
  return (container && container.artifacts) || [];
}

function hasCompensationAssociation(node) {
  return containerArtifacts(node).some(artifact =>
    is(artifact, 'bpmn:Association') && artifact.sourceRef && artifact.sourceRef.id === node.id);
}

function isImplicitEnd(node) {
  if (is(node, 'bpmn:EndEvent')) {
    return false;
  }
  if (is(node, 'bpmn:SubProcess') && node.triggeredByEvent) {
    return false;
  }
  if (is(node, 'bpmn:IntermediateThrowEvent')
      && eventDefinitionsAll(node, 'bpmn:LinkEventDefinition')) {
    return false;
  }
  if (is(node.$parent, 'bpmn:AdHocSubProcess')) {
    return false;
  }
  if (is(node, 'bpmn:BoundaryEvent')
      && eventDefinitionsAll(node, 'bpmn:CompensateEventDefinition')
      && hasCompensationAssociation(node)) {
    return false;
  }
  if (is(node, 'bpmn:Activity') && node.isForCompensation) {
    return false;
  }
  return (node.outgoing || []).length === 0;
}

module.exports = function() {
  return {
    check(node, reporter) {
      if (isAny(node, [ 'bpmn:Event', 'bpmn:Activity', 'bpmn:Gateway' ]) && isImplicitEnd(node)) {
        reporter.report(node.id, 'Element is an implicit end');
      }
    }
  };
};
