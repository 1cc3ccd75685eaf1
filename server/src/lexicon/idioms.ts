/**
 * Fixed expressions whose first word would otherwise be read as a frame's trigger: "the attack
 * took place" is not a taking. Each is matched by lemma.
 */
export const IDIOMS: readonly string[] = [
  'take place', 'take part', 'take note', 'take care', 'take shape', 'take hold', 'take stock', 'take issue', 'take time', 'take effect', 'take aim', 'take advantage',
  'take into account', 'take account', 'take seriously', 'take steps', 'take a step', 'take measures', 'take action', 'take the lead', 'take a look',
  'in force', 'into force', 'in effect', 'at stake', 'on the back foot', 'back and forth', 'in return', 'free of charge',
];
