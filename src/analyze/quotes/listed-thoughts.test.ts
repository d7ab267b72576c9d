import { describe, expect, it } from 'vitest';
import { listedMarked as listed, orgSpec as org, personSpec as person } from './test-helpers.js';

// Not speech that who-said-what should not list: knowledge, hypotheticals, acts with a listed verb and subheadings
// (listed-thoughts.ts, listed-acts.ts, listed-statements.ts). Invented sentences, shaped as news pages write them.

const texts = (body: string, specs = [person('w', 'Dana Whitlock', 'Whitlock')]): string[] =>
  listed(body, specs).map(([text]) => text);

describe('what someone knows', () => {
  it('is not listed, negated or not ("Whitlock didn’t know the mayor was coming …")', () => {
    expect(texts('Whitlock didn’t know the mayor was coming to the fundraiser on Friday night.')).toEqual([]);
    expect(texts('Whitlock knows that the council will reject the budget again next spring.')).toEqual([]);
  });

  it('stays when made known ("Whitlock made it known that …")', () => {
    expect(
      texts('Whitlock made it known that the council would reject the budget again.').join(' '),
    ).toContain('the council would reject the budget again');
  });

  it('is not listed as an understood question ("she understood how voters could be confused")', () => {
    expect(
      texts('In hindsight, Whitlock understood how voters could be confused by the two ballots.'),
    ).toEqual([]);
  });

  it('stays when a speech tag holds it ("Whitlock knows …, she told reporters")', () => {
    const got = texts(
      'Whitlock knows the council will reject the budget again, she told reporters on Monday.',
    );
    expect(got.join(' ')).toContain('the council will reject the budget again');
  });

  it('leaves a held view listed ("Protesters believe the bill is …")', () => {
    expect(texts('Protesters believe the zoning bill is an attack on the old harbor district.', [])).toEqual([
      'the zoning bill is an attack on the old harbor district',
    ]);
  });

  it('is not listed as the impression of a thing ("It felt like …")', () => {
    expect(texts('It felt, mostly, like I was driving a much larger car on the highway.', [])).toEqual([]);
  });
});

describe('what someone "is expected to" do', () => {
  it('is not listed ("The tribunal is expected to rule on two cases …")', () => {
    expect(
      texts('The tribunal is expected to rule on two cases against the port authority next month.', []),
    ).toEqual([]);
    expect(texts('Whitlock is widely expected to announce her run for the Senate in June.')).toEqual([]);
    expect(texts('Whitlock isn’t expected to seek another term on the council.')).toEqual([]);
  });

  it('stays as an active forecast ("Acme expects 2.1 million units will ship …")', () => {
    expect(texts('Acme expects 2.1 million units will ship this year.', [org('a', 'Acme')])).toEqual([
      '2.1 million units will ship this year',
    ]);
  });
});

describe('a hypothetical', () => {
  it('is not listed after a modal ("tariffs could mean that …", "may still believe")', () => {
    expect(
      texts('Meanwhile, the new tariffs could mean that farmers pay more for their seed next year.', []),
    ).toEqual([]);
    expect(texts('Whitlock may still believe the merger is a price worth paying for the town.')).toEqual([]);
  });

  it('is not listed when its subject opens a condition ("only if a doctor concludes …")', () => {
    expect(
      texts(
        'A patient can go home only if a licensed physician concludes the infection has cleared completely.',
        [],
      ),
    ).toEqual([]);
  });

  it('stays after "will" and "would later" (a speech announced or told)', () => {
    expect(texts('Whitlock will say on Tuesday that the plant is closing for good.').join(' ')).toContain(
      'the plant is closing for good',
    );
    expect(texts('Whitlock would later say the plant had never made money.').join(' ')).toContain(
      'the plant had never made money',
    );
  });

  it('stays for "May" as a name ("Prime Minister Theresa May said that …")', () => {
    const got = listed('Prime Minister Theresa May said that the country would leave by March.', [
      person('m', 'Theresa May', 'May'),
    ]);
    expect(got.map(([, speaker]) => speaker)).toEqual(['Theresa May']);
  });
});

describe('an act with a listed verb', () => {
  it('is not listed for the one "charged with" a crime', () => {
    expect(texts('Whitlock, 41, is charged with two counts of forging county records.')).toEqual([]);
  });

  it('is not listed for signs shown ("showed no signs of the illness")', () => {
    expect(texts('The other nine passengers have showed no signs or symptoms of the illness.', [])).toEqual(
      [],
    );
  });

  it('is not listed for a permission or a thing ordered', () => {
    const specs = [org('a', 'Acme'), person('w', 'Dana Whitlock', 'Whitlock')];
    expect(texts('Acme allows you to pick which kind of account you open.', specs)).toEqual([]);
    expect(texts('Whitlock ordered several audits into the county’s spending on roads.', specs)).toEqual([]);
  });

  it('stays for an order given to someone ("ordered the clerk, along with …, to release …")', () => {
    const got = texts('Whitlock ordered the clerk, along with the treasurer, to release the records.');
    expect(got.join(' ')).toContain('to release the records');
  });
});

describe('a subheading', () => {
  it('is not listed: a short quotation alone on its line, numbered or not', () => {
    const body =
      'Whitlock said the audit was overdue.\n\n3. "The Harbor problem"\n\nThe audit found gaps in the records.';
    expect(texts(body)).toEqual(['the audit was overdue']);
  });

  it('stays as a quoted sentence alone on its line ("“The county pays nothing.”")', () => {
    const body =
      'The audit found gaps in the records.\n\n"The county pays nothing."\n\nThe report was filed.';
    expect(texts(body, [])).toEqual(['The county pays nothing.']);
  });
});
