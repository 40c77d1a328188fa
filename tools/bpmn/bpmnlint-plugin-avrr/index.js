// bpmnlint rules of avrr-workflow, used by ../../../.bpmnlintrc as "avrr/<rule>".
module.exports = {
  rules: {
    'no-implicit-end': './rules/no-implicit-end'
  }
};
