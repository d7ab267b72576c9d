import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeEntities } from '../../analyze/entities/index.js';
import { loadNerModel } from '../../analyze/ner/index.js';
import type { LocalEntity } from '../../model/index.js';
import * as door from './index.js';
import { EntityRegistry, personName } from './index.js';

const person = (id: string, name: string, aliases: string[] = [], roles: string[] = []): LocalEntity => ({
  id,
  name,
  type: 'person',
  aliases,
  roles,
});

/** An organization of one article, as the entity stage gives it. */
const org = (name: string, aliases: string[] = []): LocalEntity => ({
  id: 'o',
  name,
  type: 'organization',
  aliases,
  roles: [],
});

describe('EntityRegistry', () => {
  it('merges "Mike Pompeo" and "Pompeo" across articles in either order', () => {
    const r = new EntityRegistry();
    const a = r.resolve('a1', [person('e1', 'Pompeo')]);
    const b = r.resolve('a2', [person('e1', 'Mike Pompeo', [], ['Secretary of State'])]);
    expect(b.get('e1')).toBe(a.get('e1'));
    const [g] = r.all();
    expect(g.name).toBe('Mike Pompeo');
    expect(g.aliases).toEqual(['Pompeo']);
    expect(g.roles).toEqual(['Secretary of State']);
  });

  it('keeps apart two people who share a surname but not a first name', () => {
    const r = new EntityRegistry();
    const a = r.resolve('a1', [person('e1', 'Bill Clinton')]);
    const b = r.resolve('a2', [person('e1', 'Hillary Clinton')]);
    expect(a.get('e1')).not.toBe(b.get('e1'));
    expect(r.resolve('a3', [person('e1', 'Hillary Clinton')]).get('e1')).toBe(b.get('e1'));
  });

  it('matches organizations by name, alias and acronym, never a person', () => {
    const r = new EntityRegistry();
    const eu = r
      .resolve('a1', [{ id: 'e1', name: 'European Union', type: 'organization', aliases: ['EU'], roles: [] }])
      .get('e1');
    expect(
      r.resolve('a2', [{ id: 'e9', name: 'EU', type: 'organization', aliases: [], roles: [] }]).get('e9'),
    ).toBe(eu);
    expect(
      r.resolve('a3', [{ id: 'x', name: 'European Union', type: 'place', aliases: [], roles: [] }]).get('x'),
    ).toBe(eu);
    expect(r.resolve('a4', [person('p', 'Eu', [], ['President'])]).get('p')).not.toBe(eu);
    expect(r.resolve('a5', [person('p', 'Jean Eu')]).get('p')).not.toBe(eu);
  });

  it('joins an acronym to an organization by its initials, but not to a place or a title', () => {
    const r = new EntityRegistry();
    const org = (id: string, name: string, type: 'organization' | 'place' | 'other' = 'organization') => ({
      id,
      name,
      type,
      aliases: [],
      roles: [],
    });
    const nato = r.resolve('a1', [org('e1', 'North Atlantic Treaty Organization')]).get('e1');
    expect(r.resolve('a2', [org('e1', 'NATO')]).get('e1')).toBe(nato);
    const capeTown = r.resolve('a3', [org('e1', 'Cape Town', 'place')]).get('e1');
    expect(r.resolve('a4', [org('e1', 'CT', 'place')]).get('e1')).not.toBe(capeTown);
    const plan = r.resolve('a5', [org('e1', 'Eating Plan A', 'other')]).get('e1');
    expect(r.resolve('a6', [org('e1', 'EPA')]).get('e1')).not.toBe(plan);
    const cia = r.resolve('a7', [org('e1', 'CIA')]).get('e1');
    expect(r.resolve('a8', [org('e1', 'Central Intelligence Agency')]).get('e1')).toBe(cia);
  });

  it('guesses no short form from the initials of a name that is not an institution’s', () => {
    const r = new EntityRegistry();
    const nbc = r.resolve('a1', [org('NBC')]).get('o');
    expect(r.resolve('a2', [org('National Baptist Convention')]).get('o')).not.toBe(nbc);
    const project = r.resolve('a3', [org('Texas Politics Project')]).get('o');
    expect(r.resolve('a4', [org('TPP')]).get('o')).not.toBe(project);
    expect(r.all().find((e) => e.id === nbc)?.name).toBe('NBC');
    const service = r.resolve('a5', [org('Secret Service')]).get('o');
    expect(r.resolve('a6', [org('SS')]).get('o')).not.toBe(service);
    const rising = r.resolve('a7', [org('America Rising PAC', ['PAC'])]).get('o');
    expect(r.resolve('a8', [org('PAC')]).get('o')).not.toBe(rising);
  });

  it("makes one place of a country's or a US state's names and abbreviations", () => {
    const r = new EntityRegistry();
    const place = (name: string) => [{ id: 'e1', name, type: 'place' as const, aliases: [], roles: [] }];
    const us = r.resolve('a1', place('United States')).get('e1');
    expect(r.resolve('a2', place('U.S.')).get('e1')).toBe(us);
    expect(r.resolve('a2', place('America')).get('e1')).toBe(us);
    expect(r.resolve('a2', place('Latin America')).get('e1')).not.toBe(us);
    const uk = r.resolve('a3', place('UK')).get('e1');
    expect(r.resolve('a4', place('Britain')).get('e1')).toBe(uk);
    expect(uk).not.toBe(us);
    const nj = r.resolve('a5', place('New Jersey')).get('e1');
    expect(r.resolve('a6', place('NJ')).get('e1')).toBe(nj);
    const russia = r.resolve('a9', place('Russia')).get('e1');
    expect(r.resolve('a10', place('Kremlin')).get('e1')).not.toBe(russia);
    const washington = r.resolve('a7', place('Washington')).get('e1');
    expect(r.resolve('a8', place('WA')).get('e1')).not.toBe(washington);
  });

  it('lets a bare, untitled "person" that names a known place be that place', () => {
    const r = new EntityRegistry();
    const minsk = r
      .resolve('a1', [{ id: 'e1', name: 'Minsk', type: 'place', aliases: [], roles: [] }])
      .get('e1');
    expect(r.resolve('a2', [person('e4', 'Minsk')]).get('e4')).toBe(minsk);
    expect(r.all().filter((e) => e.type === 'person')).toEqual([]);
  });

  it('lets a full name that one article reads as an organization be the person other articles name so', () => {
    const r = new EntityRegistry();
    const fargo = r.resolve('a0', [person('e1', 'Wells Fargo')]).get('e1');
    expect(r.resolve('a1', [org('Wells Fargo')]).get('o')).not.toBe(fargo);
    const brand = r.resolve('a1', [person('e1', 'Elton Brand')]).get('e1');
    r.resolve('a2', [person('e1', 'Elton Brand')]);
    expect(r.resolve('a2', [org('Elton Brand', ['Brand'])]).get('o')).toBe(brand);
    expect(r.resolve('a5', [org('Elton Brand', ['EB Holdings'])]).get('o')).not.toBe(brand);
    expect(r.resolve('a3', [org('Brand')]).get('o')).not.toBe(brand);
    expect(r.resolve('a4', [org('Elton Brand Foundation')]).get('o')).not.toBe(brand);
    expect(
      r
        .all()
        .filter((e) => e.type === 'person')
        .map((e) => e.name),
    ).toEqual(['Wells Fargo', 'Elton Brand']);
  });

  it('reports created and updated entities once, and starts from stored ones', () => {
    const r = new EntityRegistry();
    r.resolve('a1', [person('e1', 'Vladimir Putin')]);
    const created = r.changed();
    expect(created.map((e) => e.name)).toEqual(['Vladimir Putin']);
    expect(r.changed()).toEqual([]);
    r.resolve('a2', [person('e1', 'Putin')]);
    expect(r.changed().map((e) => e.aliases)).toEqual([['Putin']]);
    r.resolve('a3', [person('e1', 'Putin')]);
    expect(r.changed()).toEqual([]);
    const again = new EntityRegistry(created);
    expect(again.resolve('a3', [person('e7', 'Putin', [], ['President'])]).get('e7')).toBe(created[0].id);
    expect(again.changed().map((e) => e.roles)).toEqual([['President']]);
  });

  it('ids are stable: the same input gives the same ids', () => {
    const ids = () => [...new EntityRegistry().resolve('a', [person('e1', 'Sergei Lavrov')]).values()];
    expect(ids()).toEqual(ids());
  });

  it('parses person names, patronymics included', () => {
    expect(personName('Mike Pompeo')).toEqual({ first: 'mike', middle: '', last: 'pompeo', generation: '' });
    expect(personName('George H.W. Bush')).toEqual({
      first: 'george',
      middle: 'hw',
      last: 'bush',
      generation: '',
    });
    expect(personName('Donald Trump, Jr.')).toEqual({
      first: 'donald',
      middle: '',
      last: 'trump',
      generation: 'jr',
    });
    expect(personName('Alexander Grigoryevich')).toEqual({
      first: 'alexander',
      middle: '',
      last: '',
      generation: '',
    });
  });

  it('keeps a son named "Jr." apart from his father, but not a formal "Jr." with a middle initial', () => {
    const r = new EntityRegistry();
    const father = r.resolve('a1', [person('e1', 'Donald Trump')]).get('e1');
    const son = r.resolve('a2', [person('e1', 'Donald Trump Jr.')]).get('e1');
    expect(son).not.toBe(father);
    expect(r.resolve('a3', [person('e1', 'Trump')]).get('e1')).toBe(father);
    const biden = r.resolve('a6', [person('e1', 'Joseph R. Biden Jr.')]).get('e1');
    expect(r.resolve('a7', [person('e1', 'Joe Biden')]).get('e1')).toBe(biden);
    expect(r.resolve('a8', [person('e1', 'Hunter Biden')]).get('e1')).not.toBe(biden);
    const comey = r.resolve('a4', [person('e1', 'James Comey')]).get('e1');
    expect(r.resolve('a5', [person('e1', 'James B. Comey Jr.')]).get('e1')).toBe(comey);
  });

  it('keeps apart people whose middle initials differ, and joins one given without them', () => {
    const r = new EntityRegistry();
    const w = r.resolve('a1', [person('e1', 'George W. Bush')]).get('e1');
    expect(r.resolve('a2', [person('e1', 'George H. W. Bush')]).get('e1')).not.toBe(w);
    expect(r.resolve('a3', [person('e1', 'George P. Bush')]).get('e1')).not.toBe(w);
    expect(r.resolve('a3', [person('e1', 'George W.H. Bush')]).get('e1')).not.toBe(w);
    expect(r.resolve('a4', [person('e1', 'George Walker Bush')]).get('e1')).toBe(w);
    const kerry = r.resolve('a5', [person('e1', 'John F. Kerry')]).get('e1');
    expect(r.resolve('a6', [person('e1', 'John Kerry')]).get('e1')).toBe(kerry);
  });

  it('joins a person called by the middle name to the full name, not a different first name', () => {
    const r = new EntityRegistry();
    const comeaux = r.resolve('a1', [person('e1', 'Arcade Joseph Comeaux Jr.')]).get('e1');
    expect(r.resolve('a2', [person('e1', 'Joseph Comeaux Jr.')]).get('e1')).toBe(comeaux);
    expect(r.resolve('a3', [person('e1', 'Arcade Comeaux Jr.')]).get('e1')).toBe(comeaux);
    expect(r.resolve('a4', [person('e1', 'Marie Comeaux')]).get('e1')).not.toBe(comeaux);
    const romney = r.resolve('a5', [person('e1', 'Mitt Romney')]).get('e1');
    expect(r.resolve('a6', [person('e1', 'Willard Mitt Romney')]).get('e1')).toBe(romney);
  });

  it('gives a lone surname with a title to the person who holds that title, not the better-known namesake', () => {
    const r = new EntityRegistry();
    const reggie = r.resolve('a1', [person('e1', 'Reggie Bush')]).get('e1');
    for (const a of ['a2', 'a3', 'a4']) r.resolve(a, [person('e1', 'Reggie Bush')]);
    const george = r.resolve('a5', [person('e1', 'George W. Bush', [], ['President'])]).get('e1');
    expect(george).not.toBe(reggie);
    expect(r.resolve('a6', [person('e1', 'Bush', [], ['President'])]).get('e1')).toBe(george);
    expect(r.resolve('a7', [person('e1', 'Bush')]).get('e1')).toBe(reggie);
  });

  it("does not carry an article's confusion of two people to other articles", () => {
    const r = new EntityRegistry();
    const kerry = r
      .resolve('a1', [person('e1', 'John Kerry', ['John Kasich', 'Kerry', 'Jane Kerry', 'Jr.'])])
      .get('e1');
    expect(r.all()[0].aliases).toEqual(['Kerry']);
    expect(r.resolve('a2', [person('e1', 'Kasich')]).get('e1')).not.toBe(kerry);
  });

  it('lets no shorthand or shared initials join two organizations with different names', () => {
    const r = new EntityRegistry();
    const wapo = r.resolve('a1', [org('Washington Post', ['Post'])]).get('o');
    expect(r.resolve('a2', [org('New York Post', ['Post'])]).get('o')).not.toBe(wapo);
    // A lone "Post" could be either: it is neither.
    expect(r.resolve('a3', [org('Post')]).get('o')).not.toBe(wapo);
    expect(r.resolve('a3', [org('Washington Post')]).get('o')).toBe(wapo);
    const dnc = r.resolve('a4', [org('Democratic National Committee', ['DNC'])]).get('o');
    expect(r.resolve('a5', [org('Democratic National Convention', ['DNC'])]).get('o')).not.toBe(dnc);
    expect(r.resolve('a6', [org('DNC')]).get('o')).toBe(dnc);
    expect(r.resolve('a7', [org('Democratic National Committee')]).get('o')).toBe(dnc);
  });

  it('keeps a name written with inner capitals apart from the acronym it spells ("ePA" is not the EPA)', () => {
    const r = new EntityRegistry();
    const epa = r.resolve('a1', [org('Environmental Protection Agency', ['EPA'])]).get('o');
    expect(r.resolve('a2', [org('EPA')]).get('o')).toBe(epa);
    const record = r.resolve('a3', [org('ePA')]).get('o');
    expect(record).not.toBe(epa);
    expect(r.resolve('a4', [org('ePA')]).get('o')).toBe(record);
  });

  it('names an entity first seen in capitals ("WIKILEAKS", a headline\'s) by the casing running text gives it', () => {
    const r = new EntityRegistry();
    const a = r.resolve('a1', [org('WIKILEAKS')]);
    const b = r.resolve('a2', [org('Wikileaks')]);
    expect(b.get('o')).toBe(a.get('o'));
    expect(r.all()[0].name).toBe('Wikileaks');
    const p = r.resolve('a3', [person('e1', 'DONALD TRUMP')]);
    r.resolve('a4', [person('e1', 'Donald Trump')]);
    expect(r.all().find((g) => g.id === p.get('e1'))?.name).toBe('Donald Trump');
  });

  it('names an entity first seen in lower case by a capitalised spelling ("gop" → "GOP")', () => {
    const r = new EntityRegistry();
    r.resolve('a1', [{ ...org('gop'), type: 'other' }]);
    r.resolve('a2', [{ ...org('GOP'), type: 'other' }]);
    expect(r.all().map((g) => g.name)).toEqual(['GOP']);
  });

  it('gives an organization or other entity the type most articles read it as; a stored type weighs more', () => {
    const r = new EntityRegistry();
    const other = (name: string): LocalEntity => ({ ...org(name), type: 'other' });
    r.resolve('a1', [other('Politico')]);
    r.resolve('a2', [org('Politico')]);
    expect(r.all()[0].type).toBe('other'); // a tie keeps the first reading
    r.resolve('a3', [org('Politico')]);
    expect(r.all()[0].type).toBe('organization');
    expect(r.changed()[0].type).toBe('organization');
    // Read from the store, the type stands for every earlier article: two readings do not overturn it.
    const stored = new EntityRegistry(r.all());
    stored.resolve('a4', [other('Politico')]);
    stored.resolve('a5', [other('Politico')]);
    expect(stored.all()[0].type).toBe('organization');
    // People and places keep the type they were made with.
    const p = new EntityRegistry();
    p.resolve('a1', [{ ...org('Kentucky'), type: 'place' }]);
    p.resolve('a2', [org('Kentucky')]);
    p.resolve('a3', [org('Kentucky')]);
    expect(p.all().map((g) => g.type)).toEqual(['place']);
  });

  it('reads both apostrophes alike ("Martin O’Malley" and "Martin O\'Malley" are one person)', () => {
    const r = new EntityRegistry();
    const a = r.resolve('a1', [person('e1', 'Martin O’Malley')]);
    const b = r.resolve('a2', [person('e1', "Martin O'Malley")]);
    expect(b.get('e1')).toBe(a.get('e1'));
    expect(r.resolve('a3', [person('e1', 'O’Malley')]).get('e1')).toBe(a.get('e1'));
  });

  it('makes one place of a state and its newspaper abbreviation, named in full ("Ky.", "Kentucky"; "Fla.")', () => {
    const r = new EntityRegistry();
    const place = (name: string): LocalEntity => ({ id: 'p', name, type: 'place', aliases: [], roles: [] });
    const ky = r.resolve('a1', [place('Ky.')]).get('p');
    expect(r.resolve('a2', [place('Kentucky')]).get('p')).toBe(ky);
    const fla = r.resolve('a3', [place('Fla.')]).get('p');
    expect(r.resolve('a4', [place('Florida')]).get('p')).toBe(fla);
    expect(
      r
        .all()
        .map((g) => g.name)
        .sort(),
    ).toEqual(['Florida', 'Kentucky']);
  });

  it('exports its door', () => {
    expect(Object.keys(door).sort()).toEqual(['EntityRegistry', 'personName']);
  });
});

describe('the seed corpus', () => {
  const examples = resolve(dirname(fileURLToPath(import.meta.url)), '../../../examples');
  const model = loadNerModel();
  const files = readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const registry = new EntityRegistry();
  const byName = new Map<string, Set<string>>();
  const people = [
    'Putin',
    'Lukashenko',
    'Michel',
    'Konyuk',
    'Zakharova',
    'Pompeo',
    'Morawiecki',
    'Lavrov',
    'Makei',
    'Mishustin',
  ];
  for (const f of files) {
    const lines = readFileSync(join(examples, f), 'utf8').split('\n');
    const isCaption = (l: string): boolean => /\((?:AFP photo|Photo by AFP)\)|\| Photo:/i.test(l);
    const analysis = analyzeEntities(
      { body: lines.filter((l) => !isCaption(l)).join('\n'), captions: lines.filter(isCaption) },
      model,
    );
    const map = registry.resolve(f, analysis.entities);
    for (const m of analysis.mentions) {
      const surname = people.find((p) => m.text.includes(p));
      if (!surname || m.type !== 'person') continue;
      let set = byName.get(surname);
      if (!set) {
        set = new Set();
        byName.set(surname, set);
      }
      set.add(map.get(m.entity) ?? '?');
    }
  }

  it.each(people)('finds %s and resolves every mention to one global person', (surname) => {
    const ids = byName.get(surname);
    expect(ids?.size).toBe(1);
    const g = registry.all().find((e) => ids?.has(e.id));
    expect(g?.type).toBe('person');
    expect(g?.name).toContain(surname);
  });

  it('names the Russian president in full across the corpus', () => {
    const putin = registry.all().filter((e) => e.name.includes('Putin'));
    expect(putin.map((e) => e.name)).toEqual(['Vladimir Putin']);
  });
});
