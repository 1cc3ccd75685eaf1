import * as assert from 'node:assert/strict';
import { argumentsOf } from '../../../server/src/check/args';
import { readSentence } from '../../../server/src/check/reader';
import { forgetLearnedWords, tokenize } from '../../../server/src/nlp/tokens';
import { bundledIndex } from '../../support/bundled';

/** Every trigger of the sentence with the roles its arguments fill: "support backing: agent=Taliban patient=al-Qaeda". */
function roles(text: string): string[] {
  const s = readSentence(text, bundledIndex());
  return s.phrases.filter((p) => p.phrase.kind === 'trigger').map((p) => {
    const fills = argumentsOf(s, p as Parameters<typeof argumentsOf>[1]).map((f) => `${f.role}=${f.actor.name}`);
    return `${'frame' in p.phrase ? p.phrase.frame.id : ''} ${text.slice(p.start, p.stop)}: ${fills.join(' ')}`;
  });
}

describe('reading a sentence', () => {
  it('repairs a verb the tagger read as an adverb between a subject pronoun and its object', () => {
    const back = tokenize('They shelter al-Qaeda and they back the Pakistani Taliban.').find((t) => t.text === 'back');
    assert.equal(back?.pos, 'VERB');
    // An adverb before a verb stays an adverb.
    assert.equal(tokenize('They now face the Taliban.').find((t) => t.text === 'now')?.pos, 'ADV');
  });

  it('reads a sentence the same whatever the process read before (wink learns the words it meets)', () => {
    const words = (text: string) => tokenize(text).map((t) => `${t.text}/${t.pos}`).join(' ');
    const cases: [string, string][] = [
      // "UN's." at a sentence end is one token; once learned it stopped splitting elsewhere.
      ["Reports by the UN's Analytical Support team describe camps.", "Check every list, not just the UN's."],
      // "(USDA)." splits unless "USDA" was met before.
      ['Its first partner was the Department of Agriculture (USDA).', 'USDA officials came too.'],
    ];
    for (const [text, before] of cases) {
      forgetLearnedWords();
      const fresh = words(text);
      forgetLearnedWords();
      words(before);
      assert.equal(words(text), fresh, `${text} after ${before}`);
      words(text);
      assert.equal(words(text), fresh, `${text} read twice`);
    }
    forgetLearnedWords();
    assert.match(words(cases[0]![0]), / UN\/PROPN 's\/PART /);
  });

  it('repairs a bare verb the tagger read as a noun at the start of a lower-case list item, before an article ("commission a joint assessment")', () => {
    assert.equal(tokenize('commission a joint assessment of the mineral survey by the end of June;')[0]?.pos, 'VERB');
    // A capitalised noun that opens a sentence stays a noun, and so does one before anything but an article.
    assert.notEqual(tokenize('Commission members met in Kabul.')[0]?.pos, 'VERB');
    assert.equal(tokenize('commission members met in Kabul.')[0]?.pos, 'NOUN');
  });

  it('repairs a verb in -s the tagger read as a plural noun after a name and before its object ("Russia lists the Taliban")', () => {
    assert.equal(tokenize('Russia lists the Taliban as a terrorist organisation.').find((t) => t.text === 'lists')?.pos, 'VERB');
    // A plural noun after a possessive stays a noun.
    assert.equal(tokenize("Russia's lists of banned groups are long.").find((t) => t.text === 'lists')?.pos, 'NOUN');
  });

  it('repairs a verb the tagger read as a noun after a floating quantifier that follows a coordinated subject ("... and the Global Terrorism Index both document")', () => {
    assert.equal(tokenize('The UN team and the Global Terrorism Index both document militant groups using Afghanistan as a base.').find((t) => t.text === 'document')?.pos, 'VERB');
    // A noun after a determiner "both" that opens the sentence stays a noun.
    assert.equal(tokenize('Both reports describe Afghanistan as a haven.').find((t) => t.text === 'reports')?.pos, 'NOUN');
  });

  it('gives a verb of regarding the frame of what it predicates of its object, not of its object ("Putin called the attack barbaric")', () => {
    const r = roles('Mr Putin called the attack a barbaric act.');
    assert.ok(r.some((x) => x === 'attack attack: '), r.join('; '));
    const listed = roles('Moscow calls the Taliban a terrorist organisation.');
    assert.ok(listed.some((x) => x.includes('terrorist organisation:') && x.includes('=Moscow')), listed.join('; '));
  });

  it('reads the first name after a verb of giving as who receives the noun it gives, past a coordination ("given Osama bin Laden and his network a safe haven")', () => {
    const r = roles('The Taliban had given Osama bin Laden and his network a safe haven.');
    assert.ok(r.some((x) => x.startsWith('sanctuary safe haven:') && x.includes('patient=Osama bin Laden')), r.join('; '));
  });

  it('reads a name possessed by a name as the verb\'s object, not its possessor ("persecuted Afghanistan\'s Shia Hazaras")', () => {
    assert.ok(roles("The movement persecuted Afghanistan's Shia Hazaras for years.").includes('persecution persecuted: patient=Shia Hazaras'));
  });

  it('reads a noun one frame lists as written as that noun, not as another frame\'s verb by its lemma ("the ruling", not "rule")', () => {
    const frames = roles('The concert hall attack was in March 2024, and the ruling came later.').filter((r) => / ruling:/.test(r)).map((r) => r.split(' ')[0]);
    assert.deepEqual(frames, ['ruling']);
    // The verb keeps its sense: "the Taliban rule Afghanistan".
    assert.ok(roles('The Taliban rule Afghanistan.').some((r) => r.startsWith('govern rule:')));
  });

  it('finds a hyphenated phrase the tagger splits at its hyphen ("front-runner", "best-placed")', () => {
    assert.ok(roles('China is the front-runner for the deposits.').some((r) => r.startsWith('competition front-runner:')), roles('China is the front-runner for the deposits.').join('; '));
    assert.ok(roles('China is best-placed to mine them.').some((r) => r.startsWith('competition best-placed:')), roles('China is best-placed to mine them.').join('; '));
  });

  it('reads a pronoun in a clause within a relative clause as the noun the relative clause describes', () => {
    const r = roles('ISKP has spent years trying to undermine the Taliban, who have governed Afghanistan since they seized Kabul in 2021.');
    assert.ok(r.some((x) => x.startsWith('takeover seized:') && x.includes('agent=Taliban')), r.join('; '));
    // FIXME: "..., which Washington designates ..., and they give cover": the clause after ", and"
    // is left inside the relative one, and "they" is read as al-Qaeda, the noun the relative
    // clause describes, not the Taliban (before "as" stopped opening a clause across ", and", it
    // was read as Washington). Today's reading, asserted so that a change is seen; the
    // relative-clause rule above does not apply to it (the pronoun is not in a clause of its own
    // within the relative clause).
    const t = roles('The Taliban host al-Qaeda, which Washington designates as a terrorist group, and they give cover to the TTP.');
    assert.ok(t.some((x) => x.startsWith('support give cover:') && x.includes('agent=al-Qaeda')), t.join('; '));
  });

  it('reads a name before a common noun that modifies the trigger as modifying that noun: where it is, never who did it ("the Moscow theatre siege")', () => {
    assert.ok(roles('Russia listed the Taliban months after the Moscow theatre siege of October 2002.').includes('attack siege: place=Moscow'));
    // Right before the trigger, a name is its agent: "the ISK attack".
    assert.ok(roles('The ISK attack shocked Russia.').includes('attack attack: agent=ISK'));
  });

  it('keeps a noun trigger whose lemma is also a verb trigger of the same frame ("backing", "back")', () => {
    assert.ok(roles('The Taliban still give active backing to al-Qaeda.').some((r) => r.startsWith('support backing:')));
  });

  it('lets a repeated preposition coordinate two participants', () => {
    assert.ok(roles('The Taliban still give active backing to al-Qaeda and to the TTP.').includes('support backing: agent=Taliban patient=al-Qaeda patient=TTP'));
  });

  it('reads the same subject pronoun again as the same someone, not as the object between', () => {
    const back = roles('They shelter al-Qaeda and they back the TTP.').find((r) => r.startsWith('support back:'));
    assert.equal(back, 'support back: patient=TTP');
  });

  it('takes the subject of a clause opened by a word the tagger calls a preposition ("as the Taliban released")', () => {
    assert.ok(roles('U.S. officials visited Kabul, as the Taliban released a British hostage.').some((r) => r.startsWith('release released: ') && r.includes('agent=Taliban')));
    // An event after "before" is a point of reference, not a subject.
    assert.ok(!roles('Its best-known strike before Crocus was the suicide bombing at Kabul airport.').some((r) => r.includes('=Crocus')));
  });

  it('takes a name right before a gerund as its subject ("with the Taliban freeing a hostage")', () => {
    assert.ok(roles('The trip coincided with the Taliban freeing a British hostage.').some((r) => r.startsWith('release freeing: ') && r.includes('agent=Taliban')));
  });

  it('does not take the subject of a new clause after ", and" for one more object', () => {
    const freed = roles('The Taliban freed a German hostage, and the United States quietly dropped the bounties.').find((r) => r.startsWith('release freed: '));
    assert.equal(freed, 'release freed: agent=Taliban patient=German hostage');
  });

  it('binds a possessive pronoun in a relative clause to the noun the clause describes', () => {
    const s = readSentence('Kazakhstan and Kyrgyzstan, which dropped the movement from their own banned lists in 2023 and 2024, have not recognised it either.', bundledIndex());
    assert.equal(s.actors.find((a) => a.name === 'their')?.root, 'Kyrgyzstan');
  });

  it('reads people of a body as acting for it ("officials of the Biden administration made the visit")', () => {
    assert.ok(roles('In March 2025, officials of the Biden administration made the first known U.S. visit to Kabul since 2021.').some((r) => r.startsWith('visit visit: ') && r.includes('agent=Biden administration')));
  });
});
