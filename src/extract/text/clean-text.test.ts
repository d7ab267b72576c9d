import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BoilerplateProfile } from './boilerplate-profile.js';
import { cleanText, splitBlocks } from './clean-text.js';

const seed = (name: string) => readFileSync(join(import.meta.dirname, '../../../examples', name), 'utf8');

const SEEDS = {
  presstvPutin: '000_1f986f254e5aa1cc.txt',
  presstvZakharova: '001_24e09945dabff452.txt',
  presstvInterview: '002_03677dd4a674e8b9.txt',
  indian: '003_5a90e4aeb8699e52.txt',
  telesur: '004_860ff9ea951405e1.txt',
};

/** Lines that are page furniture in the seeds; none may survive in a body. */
const LEFTOVERS = [
  /^News\s+[/>]/,
  /alternate addresses/,
  /^www\./,
  /SHARE THIS ARTICLE/,
  /Roku/,
  /हिंदी/,
  /Click below to express/,
  /^Comments?$/,
  /Post with no comments/,
  /^RELATED:?$/,
  /Russia Might Intervene in Belarus If Necessary/,
  /^(facebook|twitter|google plus|Live|Audio Only|Opinion|0)$/,
  /^Published 2 September 2020$/,
  /\(AFP photo\)|\(Photo by AFP\)|\| Photo:/,
];

describe('cleanText on the example corpus', () => {
  const cleaned = Object.fromEntries(
    Object.entries(SEEDS).map(([k, f]) => [k, cleanText(seed(f))]),
  ) as Record<keyof typeof SEEDS, ReturnType<typeof cleanText>>;
  const bodyOf = (c: ReturnType<typeof cleanText>) => c.paragraphs.map((p) => p.text);

  it('finds each headline once', () => {
    expect(cleaned.presstvPutin.title).toBe(
      'Pressure on Belarusian president, external interference ‘counterproductive’: Putin tells EU',
    );
    expect(cleaned.presstvZakharova.title).toBe(
      'Russia says outside forces attempt to destabilize Belarus after post-election protests',
    );
    expect(cleaned.presstvInterview.title).toBe(
      'Putin urges Belarus authorities, opposition to find way out of crisis',
    );
    expect(cleaned.indian.title).toBe('Russian President warns against any foreign interference in Belarus');
    expect(cleaned.telesur.title).toBe("Russia Condemns Foreign Interference in Belarus' Internal Affairs");
    for (const c of Object.values(cleaned)) expect(bodyOf(c)).not.toContain(c.title);
  });

  it('keeps the body from its first sentence to its last', () => {
    const firstLast = (c: ReturnType<typeof cleanText>) => [bodyOf(c)[0], bodyOf(c).at(-1)];
    expect(firstLast(cleaned.presstvPutin)[0]).toMatch(
      /^Russian President Vladimir Putin has warned that any pressure/,
    );
    expect(firstLast(cleaned.presstvPutin)[1]).toMatch(/maximum penalty of five years in prison\.$/);
    expect(firstLast(cleaned.presstvZakharova)[0]).toMatch(
      /^Russia says outside forces are clearly attempting/,
    );
    expect(firstLast(cleaned.presstvZakharova)[1]).toBe(
      'Minsk has also strongly rejected claims that the recent presidential elections were “rigged.”',
    );
    expect(firstLast(cleaned.presstvInterview)[0]).toMatch(
      /^Russia’s President Vladimir Putin urges Belarus’ officials/,
    );
    expect(firstLast(cleaned.presstvInterview)[1]).toMatch(
      /who are "seriously stirring" near the country’s borders\.$/,
    );
    expect(firstLast(cleaned.indian)[0]).toMatch(
      /^Moscow\/Minsk: Russian President Vladimir Putin has issued a warning/,
    );
    expect(firstLast(cleaned.indian)[1]).toMatch(/instructed to use force for crushing protests\.$/);
    expect(firstLast(cleaned.telesur)[0]).toMatch(
      /^Russia's Foreign Minister Sergei Lavrov denounced that outside forces/,
    );
    expect(firstLast(cleaned.telesur)[1]).toMatch(/but the opposition has contested the results\.$/);
  });

  it('leaves no page furniture in any body, and explains every removal', () => {
    for (const c of Object.values(cleaned)) {
      for (const paragraph of bodyOf(c))
        for (const pattern of LEFTOVERS) expect(paragraph).not.toMatch(pattern);
      for (const r of c.removed) expect(r.reason.length).toBeGreaterThan(3);
    }
    expect(cleaned.telesur.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining([
        'breadcrumb',
        'comment box',
        'related-story teaser',
        'dateline',
        'social or media widget',
      ]),
    );
    expect(cleaned.indian.removed.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['repeated headline', 'language switcher', 'comment box']),
    );
  });

  it('reads a date header above the headline as the dateline, not as the title', () => {
    const body = [
      'The city council voted on Tuesday to close the old harbour bridge to trucks after engineers found cracks.',
      'Repairs are expected to take two years and cost about 40 million dollars, the mayor said.',
    ];
    for (const header of [
      '18 September 2013 Last updated at 13:59 GMT',
      'Wednesday, 18 September 2013 Updated 9:40 AM',
    ]) {
      const c = cleanText([header, 'Council shuts harbour bridge to trucks', ...body].join('\n'));
      expect(c.title).toBe('Council shuts harbour bridge to trucks');
      expect(c.dateText).toBe(header);
      expect(c.removed).toEqual([{ text: header, reason: 'dateline' }]);
      expect(c.captions).toEqual([]);
    }
  });

  it('takes a long unpunctuated first line over the dateline for the headline, not for the first paragraph', () => {
    const headline =
      'Harbour town council shuts the old bridge to trucks after engineers find deep cracks in its piers';
    const body = [
      'The town council voted on Tuesday to close the old harbour bridge to trucks after engineers found cracks.',
      'Repairs are expected to take two years and cost about 40 million dollars, the mayor said.',
    ];
    const c = cleanText([headline, 'Published: March 4, 2014', ...body].join('\n'));
    expect(c.title).toBe(headline);
    expect(c.dateText).toBe('March 4, 2014');
    expect(c.paragraphs.map((p) => p.text)).toEqual(body);
    // Without a dateline under it, a long unpunctuated opening line may be prose cut short: it stays in the body.
    const undated = cleanText([headline, ...body].join('\n'));
    expect(undated.title).toBeNull();
    expect(undated.paragraphs.map((p) => p.text)).toEqual([headline, ...body]);
    // A title known from elsewhere wins; the line is the body's, as before.
    const titled = cleanText([headline, 'Published: March 4, 2014', ...body].join('\n'), {
      title: 'Bridge shut',
    });
    expect(titled.paragraphs.map((p) => p.text)).toEqual([headline, ...body]);
  });

  it('keeps sub-headings as headings', () => {
    const headings = (c: ReturnType<typeof cleanText>) =>
      c.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text);
    expect(headings(cleaned.presstvPutin)).toEqual([
      "Minsk opens criminal case against attempt to 'seize power'",
    ]);
    expect(headings(cleaned.presstvInterview)).toEqual(['Russia puts police force on alert']);
    expect(headings(cleaned.telesur)).toEqual([]);
  });

  it('moves photo captions out of the body, the unrelated Omar/Pelosi caption included', () => {
    expect(cleaned.presstvPutin.captions[0]).toMatch(
      /^US Rep\. Ilhan Omar \(D-MN\) \(L\) talks with Speaker of the House Nancy Pelosi/,
    );
    expect(bodyOf(cleaned.presstvPutin).join(' ')).not.toMatch(/Omar|Pelosi/);
    expect(cleaned.presstvZakharova.captions).toEqual([
      'Russia’s Foreign Ministry spokeswoman Maria Zakharova',
    ]);
    expect(cleaned.presstvInterview.captions).toHaveLength(1);
    expect(cleaned.telesur.captions).toHaveLength(1);
    expect(cleaned.telesur.captions[0]).toMatch(/Photo: EFE\/EPA\/Russian Ministry of Foreign Affairs$/);
    expect(cleaned.indian.captions).toEqual([]);
  });

  it('moves a credit line ("X via Getty Images") and the caption after it out of the body', () => {
    const text = [
      'Scarborough slams the candidate',
      '',
      'The host of a morning show said on Monday that the candidate had disqualified himself from the race.',
      '',
      'MICHAEL B. THOMAS via Getty Images.',
      '',
      'The candidate signs autographs for supporters at a rally on February 27, 2016 in Millington, Tennessee.',
      '',
      'Over the weekend, the candidate failed three times to refuse the endorsement, the host said.',
      '',
      'Bloomberg via Getty Images.',
      '',
      'Paul then interjected, calling the proposed credit “a welfare transfer payment.”',
      '',
      'John Moore/Getty Images',
      '',
      '“We will win,” the candidate told the crowd. Then he left the stage without taking questions.',
      '',
      'REUTERS/Jonathan Ernst',
    ].join('\n');
    const c = cleanText(text);
    expect(c.captions).toEqual([
      'MICHAEL B. THOMAS via Getty Images.',
      'The candidate signs autographs for supporters at a rally on February 27, 2016 in Millington, Tennessee.',
      'Bloomberg via Getty Images.',
      'John Moore/Getty Images',
      'REUTERS/Jonathan Ernst',
    ]);
    // A quote and a paragraph of two sentences after a credit line stay news.
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'The host of a morning show said on Monday that the candidate had disqualified himself from the race.',
      'Over the weekend, the candidate failed three times to refuse the endorsement, the host said.',
      'Paul then interjected, calling the proposed credit “a welfare transfer payment.”',
      '“We will win,” the candidate told the crowd. Then he left the stage without taking questions.',
    ]);
  });

  it('reads the outlet only where the text names it', () => {
    expect(cleaned.presstvPutin.outlet).toBe('Press TV');
    expect(cleaned.presstvZakharova.outlet).toBe('Press TV');
    expect(cleaned.presstvInterview.outlet).toBe('Press TV');
    expect(cleaned.indian.outlet).toBeNull();
    expect(cleaned.telesur.outlet).toBeNull();
  });

  it('reads the stated dateline and invents none', () => {
    expect(cleaned.telesur.dateText).toBe('2 September 2020');
    for (const key of ['presstvPutin', 'presstvZakharova', 'presstvInterview', 'indian'] as const) {
      expect(cleaned[key].dateText).toBeNull();
    }
  });

  it('reads the section from breadcrumbs', () => {
    expect(cleaned.presstvPutin.section).toBe('Russia');
    expect(cleaned.presstvInterview.section).toBe('Russia');
    expect(cleaned.telesur.section).toBe('Belarus');
  });
});

describe('cleanText on hand-made dumps', () => {
  it('joins hard-wrapped prose back into paragraphs', () => {
    expect(
      splitBlocks('The minister said the talks\nwould continue next week.\n\nNext paragraph here.'),
    ).toEqual(['The minister said the talks would continue next week.', 'Next paragraph here.']);
  });

  it('never drops a sentence of news that merely mentions sharing or comments', () => {
    const text = [
      'Title of the piece here',
      '',
      'Users can share this article on Facebook, the company said on Monday in a statement to investors.',
      '',
      'Comments from the minister were later withdrawn after the session ended in disarray.',
    ].join('\n');
    const c = cleanText(text);
    expect(c.paragraphs.map((p) => p.text)).toHaveLength(2);
    expect(c.removed).toEqual([]);
  });

  it('keeps short sentences of the story, in the body and right after it, and still drops labels and furniture', () => {
    const c = cleanText(
      [
        'Actress enters rehab again',
        'The actress checked herself into a treatment centre on Tuesday, her representative told reporters in Los Angeles.',
        '“No.',
        'Trust me.',
        'I partied.”',
        'She said the stay would last at least a month and that she felt relieved to have made the decision.',
        'Prison program:',
        'Her lawyer said a judge had approved the arrangement after a hearing earlier in the week.',
        'No one was hurt.',
        'Good luck to her.',
        'Share',
        'Did Not Practice:',
      ].join('\n'),
    );
    const kept = c.paragraphs.map((p) => p.text);
    for (const line of ['“No.', 'Trust me.', 'I partied.”', 'No one was hurt.', 'Good luck to her.'])
      expect(kept).toContain(line);
    for (const line of ['Prison program:', 'Share', 'Did Not Practice:']) expect(kept).not.toContain(line);
  });

  it('keeps a short line of quoted speech, opening or closing a quotation, in the body and right after it', () => {
    const c = cleanText(
      [
        'Ferry service resumes after storm',
        'The ferry company restarted its morning crossings on Friday after three days of cancellations along the coast.',
        'A harbour worker greeted the first boat with a shout:',
        '"FINALLY!',
        'at last! "',
        'Passengers said the crossing had been calm and that the crew had apologised for the delays.',
        "'Entirely untrue'",
        'The company denied claims that it had ignored warnings from the coastguard before the storm.',
        '“ They sail too fast here, " a fisherman told the local radio station.',
        '"Always too fast. "',
        'Share',
        'Advertisement',
      ].join('\n'),
    );
    const kept = c.paragraphs.map((p) => p.text);
    for (const line of ['"FINALLY!', 'at last! "', '"Always too fast. "']) expect(kept).toContain(line);
    for (const line of ["'Entirely untrue'", 'Share', 'Advertisement']) expect(kept).not.toContain(line);
  });

  it('keeps a two-word sentence that ends the story right after a closing quotation, not after plain prose', () => {
    const quoted = cleanText(
      [
        'Band announces farewell tour',
        'The singer said the band would play twenty cities next spring before going their separate ways for good.',
        'And there is no better way to say goodbye than on a stage with the people who made us. "',
        "I'm thrilled.",
      ].join('\n'),
    );
    expect(quoted.paragraphs.map((p) => p.text)).toContain("I'm thrilled.");
    const plain = cleanText(
      [
        'Band announces farewell tour',
        'The singer said the band would play twenty cities next spring before going their separate ways for good.',
        'Comments closed.',
      ].join('\n'),
    );
    expect(plain.paragraphs.map((p) => p.text)).not.toContain('Comments closed.');
  });

  it('reads a line that is only a date as the dateline, not as the headline', () => {
    const c = cleanText(
      [
        'MONDAY, MAY 23, 2005',
        'Sixers fire their coach',
        "The Sixers' coach was fired today, and a former assistant will take over the team for the rest of the season.",
        'He was hired on May 23, 2004 and lasted one season.',
      ].join('\n'),
    );
    expect(c.title).toBe('Sixers fire their coach');
    expect(c.dateText).toBe('MONDAY, MAY 23, 2005');
    expect(c.paragraphs.map((p) => p.text)).toHaveLength(2);
  });

  it('removes what a video player prints in its place, but not news about a video', () => {
    const text = [
      'Title of the piece here',
      '',
      'We Are Sorry,This video is restricted from playing in your locationEcode: 17.',
      '',
      'The campaign released this video that raises questions about his record on trade.',
      '',
      'Your browser does not support the video tag.',
    ].join('\n');
    const c = cleanText(text);
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'The campaign released this video that raises questions about his record on trade.',
    ]);
    expect(c.removed.map((r) => r.reason)).toEqual(['video player message', 'video player message']);
  });

  it('learns an outlet template line from its other documents but keeps repeated prose', () => {
    const profile = new BoilerplateProfile();
    const docs = [1, 2, 3, 4].map((n) =>
      [
        `Headline number ${n} about the budget`,
        '',
        `Story ${n} opens with the news that parliament voted on the budget after a long night of debate.`,
        '',
        'The vote follows months of negotiations between the coalition partners in the capital.',
        '',
        'Daily Example Gazette — independent since 1901',
      ].join('\n'),
    );
    for (const d of docs) profile.observe('outlet:gazette', splitBlocks(d));
    const c = cleanText(docs[0], { profile, profileKey: 'outlet:gazette' });
    expect(c.paragraphs.map((p) => p.text)).toEqual([
      'Story 1 opens with the news that parliament voted on the budget after a long night of debate.',
      'The vote follows months of negotiations between the coalition partners in the capital.',
    ]);
    expect(c.removed).toEqual([
      {
        text: 'Daily Example Gazette — independent since 1901',
        reason: 'outlet template (in 4 of 4 documents)',
      },
    ]);
  });

  it("cuts an editor's note the outlet printed under articles on many days, but not paragraphs of one day's updates", () => {
    const note =
      "Editor's note: the candidate has repeatedly pledged to ban members of an entire religion from entering the country.";
    const update =
      'The count went on through the night in the three districts where turnout was highest this year.';
    const story = (n: number, extra: string) =>
      [
        `Headline ${n} on the campaign trail`,
        '',
        `Story ${n} tells of a different rally, held in a different town, with the candidate on the stage for an hour.`,
        '',
        extra,
      ].join('\n');
    const profile = new BoilerplateProfile();
    const days = ['2016-08-05', '2016-08-11', '2016-09-16', '2016-10-14'];
    // One copy differs in spacing and dashes, as an outlet's copies do.
    const variant = note
      .replace("Editor's note: ", 'Editor’s note:')
      .replace('religion from', 'religion ― from');
    for (const [n, day] of days.entries())
      profile.observe('outlet:post', splitBlocks(story(n, n === 3 ? variant : note)), day);
    // Four versions of one night's article: the shared paragraph is news, printed on one day.
    for (const n of [10, 11, 12, 13])
      profile.observe('outlet:post', splitBlocks(story(n, update)), '2016-11-08');
    const noted = cleanText(story(0, note), { profile, profileKey: 'outlet:post' });
    expect(noted.paragraphs.map((p) => p.text)).not.toContain(note);
    expect(noted.removed).toEqual([
      { text: note, reason: 'outlet template (in 4 of 8 documents, on 3+ days)' },
    ]);
    const updated = cleanText(story(10, update), { profile, profileKey: 'outlet:post' });
    expect(updated.paragraphs.map((p) => p.text)).toContain(update);
    expect(updated.removed).toEqual([]);
  });
});
