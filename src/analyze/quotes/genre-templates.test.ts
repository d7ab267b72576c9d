import { describe, expect, it } from 'vitest';
import { findAttributions } from './index.js';
import { type EntitySpec, findQuotesMarked, markEntities } from './test-helpers.js';

// Genres the wire templates (wire-templates.test.ts) leave out, each a short invented story as the genre writes it:
// court reporting, sports, business and markets, science and health, interviews and opinion, and the seed outlets'
// own styles (Press TV, teleSUR, RT, Global Times, Al Jazeera, The Hindu, Times of India). Each lists every quote
// who-said-what should give: "kind|speaker|via|content", kind d(irect), i(ndirect) or p(artial); speaker the
// entity's name, "~phrase" for somebody unnamed (the attribution's source phrase as written; who-said-what may
// label it), "-" for none. Names are marked as the entity stage would: "P name|form; O org; L place".

interface Template {
  id: string;
  body: string;
  ents?: string;
  q: string[];
}

const TEMPLATES: Template[] = [
  // ---------------------------------------------------------------- court
  {
    id: 'court-01',
    body: 'Prosecutors said Daniel Reyes stole more than $2 million from the charity over five years. His lawyer, Karen Walsh, said her client would plead not guilty.',
    ents: 'P Daniel Reyes|Reyes; P Karen Walsh|Walsh',
    q: [
      'i|~Prosecutors|-|Daniel Reyes stole more than $2 million from the charity over five years',
      'i|Karen Walsh|-|her client would plead not guilty',
    ],
  },
  {
    id: 'court-03',
    body: 'According to court documents, the suspect bought the rifle two days before the shooting. He was arrested at his home in Dayton.',
    ents: 'L Dayton',
    q: ['i|~court documents|-|the suspect bought the rifle two days before the shooting'],
  },
  {
    id: 'court-04',
    body: 'Maria Ostrowski testified that she saw the defendant leave the building shortly after midnight. Under cross-examination, she said she was not wearing her glasses.',
    ents: 'P Maria Ostrowski|Ostrowski',
    q: [
      'i|Maria Ostrowski|-|that she saw the defendant leave the building shortly after midnight',
      'i|Maria Ostrowski|-|she was not wearing her glasses',
    ],
  },
  {
    id: 'court-05',
    body: '"This was a calculated betrayal of public trust," Assistant U.S. Attorney Mark Feldman told jurors in his closing argument. The jury deliberated for six hours.',
    ents: 'P Mark Feldman|Feldman',
    q: ['d|Mark Feldman|-|This was a calculated betrayal of public trust'],
  },
  {
    id: 'court-06',
    body: 'U.S. District Judge Helen Park ruled that the state had violated the voters\' rights. "The law cannot stand as written," Park wrote in a 40-page opinion.',
    ents: 'P Helen Park|Park',
    q: [
      "i|Helen Park|-|that the state had violated the voters' rights",
      'd|Helen Park|-|The law cannot stand as written',
    ],
  },
  {
    id: 'court-07',
    body: 'The complaint, filed in federal court in Manhattan, says the bank ignored repeated warnings about the accounts. A bank spokesman declined to comment.',
    ents: 'L Manhattan',
    q: ['i|~The complaint|-|the bank ignored repeated warnings about the accounts'],
  },
  {
    id: 'court-08',
    body: 'Defense attorney Luis Moreno argued that the police search was illegal. "My client was never read his rights," Moreno told the court.',
    ents: 'P Luis Moreno|Moreno',
    q: [
      'i|Luis Moreno|-|that the police search was illegal',
      'd|Luis Moreno|-|My client was never read his rights',
    ],
  },
  {
    id: 'court-09',
    body: 'Thompson was sentenced to 12 years in prison on Tuesday. "You showed no remorse," Judge Amy Carter said as she handed down the sentence.',
    ents: 'P Thompson; P Amy Carter|Carter',
    q: ['d|Amy Carter|-|You showed no remorse'],
  },
  {
    id: 'court-10',
    body: 'According to the indictment, the two men laundered the money through shell companies in Cyprus. Both have pleaded not guilty.',
    ents: 'L Cyprus',
    q: ['i|~the indictment|-|the two men laundered the money through shell companies in Cyprus'],
  },
  {
    id: 'court-11',
    body: 'The victim\'s mother, Linda Harris, addressed the court before sentencing. "Not a day goes by that I do not think of him," she said.',
    ents: 'P Linda Harris|Harris',
    q: ['d|Linda Harris|-|Not a day goes by that I do not think of him'],
  },
  {
    id: 'court-12',
    body: 'Court records show the man had two prior convictions for assault. His public defender did not respond to a request for comment.',
    q: ['i|~Court records|-|the man had two prior convictions for assault'],
  },
  {
    id: 'court-13',
    body: 'The Supreme Court ruled 6-3 that the agency had exceeded its authority. Writing for the majority, Justice Samuel Grant said Congress never gave the agency such power.',
    ents: 'O Supreme Court; P Samuel Grant|Grant; O Congress',
    q: [
      'i|Supreme Court|-|that the agency had exceeded its authority',
      'i|Samuel Grant|-|Congress never gave the agency such power',
    ],
  },
  {
    id: 'court-14',
    body: 'In her dissent, Justice Ruth Alvarez warned that the decision would leave millions without protection. "Today\'s ruling is a step backward," she wrote.',
    ents: 'P Ruth Alvarez|Alvarez',
    q: [
      'i|Ruth Alvarez|-|that the decision would leave millions without protection',
      "d|Ruth Alvarez|-|Today's ruling is a step backward",
    ],
  },
  {
    id: 'court-15',
    body: 'The officer testified that he fired because he feared for his life. Prosecutors argued that the video showed otherwise.',
    q: [
      'i|~The officer|-|that he fired because he feared for his life',
      'i|~Prosecutors|-|that the video showed otherwise',
    ],
  },
  {
    id: 'court-16',
    body: 'The suit claims the city failed to maintain the bridge for more than a decade. City Attorney Raymond Cole said the city would fight the lawsuit.',
    ents: 'P Raymond Cole|Cole',
    q: [
      'i|~The suit|-|the city failed to maintain the bridge for more than a decade',
      'i|Raymond Cole|-|the city would fight the lawsuit',
    ],
  },
  {
    id: 'court-18',
    body: '"We are disappointed with the verdict and will appeal," the family\'s lawyer, Brian Tucker, said outside the courthouse.',
    ents: 'P Brian Tucker|Tucker',
    q: ['d|Brian Tucker|-|We are disappointed with the verdict and will appeal'],
  },
  {
    id: 'court-19',
    body: 'According to a police affidavit, officers found 3 kilograms of cocaine in the car. The driver told officers he did not know the drugs were there.',
    q: [
      'i|~a police affidavit|-|officers found 3 kilograms of cocaine in the car',
      'i|~The driver|-|he did not know the drugs were there',
    ],
  },
  {
    id: 'court-21',
    body: 'Asked by the prosecutor whether he had signed the contract, Peter Lang replied that he could not remember. The judge called a recess.',
    ents: 'P Peter Lang|Lang',
    q: ['i|Peter Lang|-|that he could not remember'],
  },
  {
    id: 'court-22',
    body: "The attorney general's office said in a court filing that the company had destroyed emails. The company has denied wrongdoing.",
    q: ["i|~The attorney general's office|-|that the company had destroyed emails"],
  },
  {
    id: 'court-23',
    body: 'Sarah Kim, who testified for the prosecution, said the defendant had threatened her twice. "I was terrified," Kim told the jury.',
    ents: 'P Sarah Kim|Kim',
    q: ['i|Sarah Kim|-|the defendant had threatened her twice', 'd|Sarah Kim|-|I was terrified'],
  },
  {
    id: 'court-24',
    body: 'The ruling is a blow to the administration, legal experts said. The Justice Department said it would appeal.',
    ents: 'O Justice Department',
    q: [
      'i|~legal experts|-|The ruling is a blow to the administration',
      'i|Justice Department|-|it would appeal',
    ],
  },
  {
    id: 'court-25',
    body: 'Charging documents say Anton Petrov entered the country on a forged passport. He is due in court on Friday.',
    ents: 'P Anton Petrov|Petrov',
    q: ['i|~Charging documents|-|Anton Petrov entered the country on a forged passport'],
  },
  {
    id: 'court-26',
    body: 'The judge told the defendant that he had "betrayed everyone who trusted him." The hearing lasted less than an hour.',
    q: [
      'p|~The judge|-|betrayed everyone who trusted him.',
      'i|~The judge|-|that he had "betrayed everyone who trusted him."',
    ],
  },
  // ---------------------------------------------------------------- sports
  {
    id: 'sport-01',
    body: 'Liverpool beat Everton 2-0 on Sunday. "We controlled the game from the first minute," manager Arne Vos told reporters after the match.',
    ents: 'O Liverpool; O Everton; P Arne Vos|Vos',
    q: ['d|Arne Vos|-|We controlled the game from the first minute'],
  },
  {
    id: 'sport-02',
    body: '"I am proud of the boys, they never gave up," coach Diego Santos said of his team. Santos said the injury to his captain was not serious.',
    ents: 'P Diego Santos|Santos',
    q: [
      'd|Diego Santos|-|I am proud of the boys, they never gave up',
      'i|Diego Santos|-|the injury to his captain was not serious',
    ],
  },
  {
    id: 'sport-03',
    body: 'Jalen Brooks scored 34 points as the Hawks beat the Celtics. "I just felt good tonight," Brooks said. "My teammates found me in the right spots."',
    ents: 'P Jalen Brooks|Brooks; O Hawks; O Celtics',
    q: [
      'd|Jalen Brooks|-|I just felt good tonight',
      'd|Jalen Brooks|-|My teammates found me in the right spots.',
    ],
  },
  {
    id: 'sport-04',
    body: 'Head coach Mike Dalton said after the game that his defense had been "outstanding." The Bears travel to Green Bay next week.',
    ents: 'P Mike Dalton|Dalton; O Bears; L Green Bay',
    q: ['i|Mike Dalton|-|that his defense had been "outstanding."', 'p|Mike Dalton|-|outstanding.'],
  },
  {
    id: 'sport-05',
    body: '"It was a tough match, she played really well," said Elena Novak after her semi-final defeat. Novak added that she would take a few weeks off.',
    ents: 'P Elena Novak|Novak',
    q: [
      'd|Elena Novak|-|It was a tough match, she played really well',
      'i|Elena Novak|-|that she would take a few weeks off',
    ],
  },
  {
    id: 'sport-06',
    body: 'The striker, who joined from Ajax in the summer, said he was happy at the club. "I want to win trophies here," he said.',
    ents: 'O Ajax',
    q: ['i|~The striker|-|he was happy at the club', 'd|~he|-|I want to win trophies here'],
  },
  {
    id: 'sport-07',
    body: 'Tom Fischer, the team\'s captain, said the players were "devastated" by the loss. "We let the fans down," he told BBC Sport.',
    ents: 'P Tom Fischer|Fischer; O BBC Sport',
    q: [
      'i|Tom Fischer|-|the players were "devastated" by the loss',
      'd|Tom Fischer|-|We let the fans down',
      'p|Tom Fischer|-|devastated',
    ],
  },
  {
    id: 'sport-08',
    body: 'Rahul Mehta hit a century as India won by seven wickets. "The pitch was good for batting," Mehta said at the post-match presentation.',
    ents: 'P Rahul Mehta|Mehta; L India',
    q: ['d|Rahul Mehta|-|The pitch was good for batting'],
  },
  {
    id: 'sport-09',
    body: '"We have to be better than this," Celtics coach Joe Harlan said after the loss. "Nobody played well, and that starts with me."',
    ents: 'O Celtics; P Joe Harlan|Harlan',
    q: [
      'd|Joe Harlan|-|We have to be better than this',
      'd|Joe Harlan|-|Nobody played well, and that starts with me.',
    ],
  },
  {
    id: 'sport-10',
    body: 'Marco Bellini said he had no plans to retire after winning his fourth world title. "I still love racing," the 36-year-old said.',
    ents: 'P Marco Bellini|Bellini',
    q: [
      'i|Marco Bellini|-|he had no plans to retire after winning his fourth world title',
      'd|Marco Bellini|-|I still love racing',
    ],
  },
  {
    id: 'sport-11',
    body: 'The club confirmed that the midfielder had suffered a torn hamstring. He is expected to miss six weeks.',
    q: ['i|~The club|-|that the midfielder had suffered a torn hamstring'],
  },
  {
    id: 'sport-12',
    body: '"He is one of the best players I have ever coached," Pep Alonso said of the young winger. Alonso said the club would not sell him.',
    ents: 'P Pep Alonso|Alonso',
    q: [
      'd|Pep Alonso|-|He is one of the best players I have ever coached',
      'i|Pep Alonso|-|the club would not sell him',
    ],
  },
  {
    id: 'sport-13',
    body: 'Quarterback Drew Collins threw three touchdown passes. "The line gave me all day," Collins said. "I could have made a sandwich back there."',
    ents: 'P Drew Collins|Collins',
    q: [
      'd|Drew Collins|-|The line gave me all day',
      'd|Drew Collins|-|I could have made a sandwich back there.',
    ],
  },
  {
    id: 'sport-14',
    body: 'Speaking after the race, Lina Berg said the conditions had been "brutal." She finished fourth.',
    ents: 'P Lina Berg|Berg',
    q: ['i|Lina Berg|-|the conditions had been "brutal."', 'p|Lina Berg|-|brutal.'],
  },
  {
    id: 'sport-15',
    body: 'The league said in a statement that the match would be replayed. Both clubs welcomed the decision.',
    q: ['i|~The league|-|that the match would be replayed'],
  },
  {
    id: 'sport-16',
    body: 'Asked about his future, the coach said he would sit down with the board at the end of the season. "Nothing has been decided," he added.',
    q: [
      'i|~the coach|-|he would sit down with the board at the end of the season',
      'd|~he|-|Nothing has been decided',
    ],
  },
  {
    id: 'sport-17',
    body: 'Goalkeeper Ivan Petrenko made nine saves. "That\'s my job," Petrenko said with a smile.',
    ents: 'P Ivan Petrenko|Petrenko',
    q: ["d|Ivan Petrenko|-|That's my job"],
  },
  {
    id: 'sport-18',
    body: 'Serena Diaz told reporters after the match that her shoulder was fine. "I just need some rest," she said.',
    ents: 'P Serena Diaz|Diaz',
    q: ['i|Serena Diaz|-|that her shoulder was fine', 'd|Serena Diaz|-|I just need some rest'],
  },
  {
    id: 'sport-19',
    body: 'The referee was wrong to send him off, United manager Paul Ferris said. Ferris said the club would appeal the red card.',
    ents: 'O United; P Paul Ferris|Ferris',
    q: [
      'i|Paul Ferris|-|The referee was wrong to send him off',
      'i|Paul Ferris|-|the club would appeal the red card',
    ],
  },
  {
    id: 'sport-20',
    body: '"We believed until the end," said Kenji Sato, whose late goal sealed the win. Sato has now scored in five straight games.',
    ents: 'P Kenji Sato|Sato',
    q: ['d|Kenji Sato|-|We believed until the end'],
  },
  {
    id: 'sport-21',
    body: 'Olympic champion Grace Okafor said she was "gutted" to miss the final. "My body just would not respond," Okafor told the BBC.',
    ents: 'P Grace Okafor|Okafor; O BBC',
    q: [
      'i|Grace Okafor|-|she was "gutted" to miss the final',
      'd|Grace Okafor|-|My body just would not respond',
      'p|Grace Okafor|-|gutted',
    ],
  },
  {
    id: 'sport-22',
    body: 'The Yankees placed pitcher Luis Ortega on the injured list. Manager Dave Rollins said Ortega would have an MRI on Tuesday.',
    ents: 'O Yankees; P Luis Ortega|Ortega; P Dave Rollins|Rollins',
    q: ['i|Dave Rollins|-|Ortega would have an MRI on Tuesday'],
  },
  // ---------------------------------------------------------------- business and markets
  {
    id: 'biz-01',
    body: 'Northwind Corp said on Tuesday that quarterly profit rose 12%. "Demand remained strong across all regions," Chief Executive Laura Chen said on a call with analysts.',
    ents: 'O Northwind Corp|Northwind; P Laura Chen|Chen',
    q: [
      'i|Northwind Corp|-|that quarterly profit rose 12%',
      'd|Laura Chen|-|Demand remained strong across all regions',
    ],
  },
  {
    id: 'biz-02',
    body: 'The company said in a filing that it would cut about 1,200 jobs. Shares fell 4% in early trading.',
    q: ['i|~The company|-|that it would cut about 1,200 jobs'],
  },
  {
    id: 'biz-03',
    body: 'According to a regulatory filing, the bank paid its chief executive $24 million last year. The bank did not comment.',
    q: ['i|~a regulatory filing|-|the bank paid its chief executive $24 million last year'],
  },
  {
    id: 'biz-04',
    body: 'Analysts said the results beat expectations. "This was a clean quarter," said Tom Reed, an analyst at Barclays.',
    ents: 'P Tom Reed|Reed; O Barclays',
    q: ['i|~Analysts|-|the results beat expectations', 'd|Tom Reed|-|This was a clean quarter'],
  },
  {
    id: 'biz-05',
    body: 'Chief Financial Officer Mark Osei told analysts on a conference call that margins would improve in the second half. The company kept its full-year forecast.',
    ents: 'P Mark Osei|Osei',
    q: ['i|Mark Osei|-|that margins would improve in the second half'],
  },
  {
    id: 'biz-06',
    body: 'Oil prices rose on Monday after OPEC said it would extend output cuts. "The market is tight," said Jane Foster, head of commodities research at Citi.',
    ents: 'O OPEC; P Jane Foster|Foster; O Citi',
    q: ['i|OPEC|-|it would extend output cuts', 'd|Jane Foster|-|The market is tight'],
  },
  {
    id: 'biz-07',
    body: "Halvorsen Energy expects revenue of $4.1 billion this year, the company said in a statement. That was below analysts' estimates of $4.3 billion.",
    ents: 'O Halvorsen Energy',
    q: ['i|Halvorsen Energy|-|Halvorsen Energy expects revenue of $4.1 billion this year'],
  },
  {
    id: 'biz-08',
    body: '"We are seeing a slowdown in consumer spending," Chief Executive Robert Haines said on the earnings call. He said the retailer would close 40 stores.',
    ents: 'P Robert Haines|Haines',
    q: [
      'd|Robert Haines|-|We are seeing a slowdown in consumer spending',
      'i|Robert Haines|-|the retailer would close 40 stores',
    ],
  },
  {
    id: 'biz-09',
    body: 'The Federal Reserve kept interest rates unchanged on Wednesday. Fed Chair Ellen Marsh said the central bank was "not in a hurry" to cut rates.',
    ents: 'O Federal Reserve|Fed; P Ellen Marsh|Marsh',
    q: [
      'i|Ellen Marsh|-|the central bank was "not in a hurry" to cut rates',
      'p|Ellen Marsh|-|not in a hurry',
    ],
  },
  {
    id: 'biz-10',
    body: 'The deal values the startup at $3 billion, according to people familiar with the matter. Representatives for both companies declined to comment.',
    q: ['i|~people familiar with the matter|-|The deal values the startup at $3 billion'],
  },
  {
    id: 'biz-11',
    body: 'Stocks fell sharply on Friday. "Investors are worried about the banking sector," said Priya Nair, chief market strategist at Axis Capital.',
    ents: 'P Priya Nair|Nair; O Axis Capital',
    q: ['d|Priya Nair|-|Investors are worried about the banking sector'],
  },
  {
    id: 'biz-12',
    body: 'In a letter to shareholders, Chief Executive Dan Whitmore wrote that the company faced "a difficult year." He said costs would be cut by $500 million.',
    ents: 'P Dan Whitmore|Whitmore',
    q: [
      'i|Dan Whitmore|-|that the company faced "a difficult year."',
      'i|Dan Whitmore|-|costs would be cut by $500 million',
      'p|Dan Whitmore|-|a difficult year.',
    ],
  },
  {
    id: 'biz-13',
    body: 'The carmaker said it had recalled 80,000 vehicles over a brake defect. No injuries have been reported, the company said.',
    q: [
      'i|~The carmaker|-|it had recalled 80,000 vehicles over a brake defect',
      'i|~the company|-|No injuries have been reported',
    ],
  },
  {
    id: 'biz-14',
    body: 'Brent crude could reach $100 a barrel by the summer, Goldman Sachs analysts wrote in a note to clients. Prices have risen 15% this year.',
    ents: 'O Goldman Sachs',
    q: ['i|~Goldman Sachs analysts|-|Brent crude could reach $100 a barrel by the summer'],
  },
  {
    id: 'biz-15',
    body: 'A spokeswoman for Vantor said the company was cooperating with regulators. The Securities and Exchange Commission declined to comment.',
    ents: 'O Vantor; O Securities and Exchange Commission',
    q: ['i|Vantor|-|the company was cooperating with regulators'],
  },
  {
    id: 'biz-16',
    body: 'Inflation slowed to 3.1% in May, the statistics office said on Thursday. Economists had expected a reading of 3.3%.',
    q: ['i|~the statistics office|-|Inflation slowed to 3.1% in May', 'i|~Economists|-|a reading of 3.3%'],
  },
  {
    id: 'biz-17',
    body: 'The airline warned that higher fuel costs would hurt profits. "We are not immune," Chief Executive Sofia Lind told reporters in Stockholm.',
    ents: 'P Sofia Lind|Lind; L Stockholm',
    q: ['i|~The airline|-|that higher fuel costs would hurt profits', 'd|Sofia Lind|-|We are not immune'],
  },
  {
    id: 'biz-18',
    body: 'The merger still needs approval from regulators in Europe, the companies said. They expect the deal to close next year.',
    ents: 'L Europe',
    q: ['i|~the companies|-|The merger still needs approval from regulators in Europe'],
  },
  {
    id: 'biz-19',
    body: 'Keller Group reported a net loss of $210 million for the quarter. The company blamed higher interest costs and weak demand in China.',
    ents: 'O Keller Group; L China',
    q: ['i|Keller Group|-|higher interest costs and weak demand in China'],
  },
  {
    id: 'biz-20',
    body: '"The consumer is still spending, but more selectively," Chief Executive Amir Haddad said in an interview with Bloomberg Television. Sales rose 3% in the quarter.',
    ents: 'P Amir Haddad|Haddad; O Bloomberg Television',
    q: ['d|Amir Haddad|Bloomberg Television|The consumer is still spending, but more selectively'],
  },
  {
    id: 'biz-21',
    body: 'The central bank said in its monetary policy statement that inflation risks remained "tilted to the upside." Governor Paul Kinsella said further hikes could not be ruled out.',
    ents: 'P Paul Kinsella|Kinsella',
    q: [
      'i|~The central bank|-|that inflation risks remained "tilted to the upside."',
      'i|Paul Kinsella|-|further hikes could not be ruled out',
      'p|~The central bank|-|tilted to the upside.',
    ],
  },
  {
    id: 'biz-22',
    body: 'Shares of Orbis Pharma jumped 20% after the company said its drug had met the main goal of a late-stage trial. Analysts at Jefferies said the drug could reach annual sales of $2 billion.',
    ents: 'O Orbis Pharma; O Jefferies',
    q: [
      'i|Orbis Pharma|-|its drug had met the main goal of a late-stage trial',
      'i|~Analysts at Jefferies|-|the drug could reach annual sales of $2 billion',
    ],
  },
  {
    id: 'biz-23',
    body: 'The company said it was "evaluating strategic alternatives," a phrase that often signals a possible sale. Its shares rose 9%.',
    q: [
      'i|~The company|-|it was "evaluating strategic alternatives,"',
      'p|~The company|-|evaluating strategic alternatives,',
    ],
  },
  {
    id: 'biz-24',
    body: 'Retail sales fell 0.4% in March, the Commerce Department said. "Consumers are pulling back," said Mary Quinn, chief economist at Harbor Bank.',
    ents: 'O Commerce Department; P Mary Quinn|Quinn; O Harbor Bank',
    q: [
      'i|Commerce Department|-|Retail sales fell 0.4% in March',
      'd|Mary Quinn|-|Consumers are pulling back',
    ],
  },
  {
    id: 'biz-25',
    body: 'On the call, Chief Executive Greg Holt said the company would buy back $5 billion of stock. He added that the board had approved a higher dividend.',
    ents: 'P Greg Holt|Holt',
    q: [
      'i|Greg Holt|-|the company would buy back $5 billion of stock',
      'i|Greg Holt|-|that the board had approved a higher dividend',
    ],
  },
  {
    id: 'biz-26',
    body: 'The startup raised $150 million in a funding round led by Sequoia, it said on Wednesday. It plans to use the money to expand into Asia.',
    ents: 'O Sequoia; L Asia',
    q: ['i|~it|-|The startup raised $150 million in a funding round led by Sequoia'],
  },
  {
    id: 'biz-27',
    body: 'Union leader Frank Doyle said workers would strike next week if the company did not improve its offer. The company said it had made "a fair and generous proposal."',
    ents: 'P Frank Doyle|Doyle',
    q: [
      'i|Frank Doyle|-|workers would strike next week if the company did not improve its offer',
      'i|~The company|-|it had made "a fair and generous proposal."',
      'p|~The company|-|a fair and generous proposal.',
    ],
  },
  // ---------------------------------------------------------------- science and health
  {
    id: 'sci-01',
    body: 'The study found that people who slept less than six hours a night were more likely to develop heart disease. The researchers followed 40,000 adults for ten years.',
    // A study's finding is a result the writer cites, not listed (nonspeech58; the attribution layer keeps it).
    q: [],
  },
  {
    id: 'sci-02',
    body: '"Our results suggest that the drug slows memory loss," said lead author Julia Brandt of the University of Vienna. The findings were published in The Lancet.',
    ents: 'P Julia Brandt|Brandt; O University of Vienna; O The Lancet',
    q: ['d|Julia Brandt|-|Our results suggest that the drug slows memory loss'],
  },
  {
    id: 'sci-03',
    body: 'The researchers wrote that the effect was small but significant. They cautioned that the study was observational.',
    q: [
      'i|~The researchers|-|that the effect was small but significant',
      'i|~They|-|that the study was observational',
    ],
  },
  {
    id: 'sci-04',
    body: 'Scientists say the glacier is melting faster than expected. "We were shocked by what we saw," said Anders Holm, a glaciologist at the Norwegian Polar Institute.',
    ents: 'P Anders Holm|Holm; O Norwegian Polar Institute',
    q: [
      'i|~Scientists|-|the glacier is melting faster than expected',
      'd|Anders Holm|-|We were shocked by what we saw',
    ],
  },
  {
    id: 'sci-05',
    body: 'The World Health Organization said on Monday that the outbreak had spread to three more countries. WHO chief Tedros Adhanom Ghebreyesus urged countries to share data.',
    ents: 'O World Health Organization|WHO; P Tedros Adhanom Ghebreyesus|Tedros',
    q: [
      'i|World Health Organization|-|that the outbreak had spread to three more countries',
      'i|Tedros Adhanom Ghebreyesus|-|countries to share data',
    ],
  },
  {
    id: 'sci-06',
    body: 'Health officials said 14 people had been hospitalized after eating contaminated lettuce. The Centers for Disease Control and Prevention said the investigation was ongoing.',
    ents: 'O Centers for Disease Control and Prevention',
    q: [
      'i|~Health officials|-|14 people had been hospitalized after eating contaminated lettuce',
      'i|Centers for Disease Control and Prevention|-|the investigation was ongoing',
    ],
  },
  {
    id: 'sci-07',
    body: 'Dr. Karen Liu, an infectious disease specialist who was not involved in the study, said the results were encouraging. "But we need larger trials," she said.',
    ents: 'P Karen Liu|Liu',
    q: ['i|Karen Liu|-|the results were encouraging', 'd|Karen Liu|-|But we need larger trials'],
  },
  {
    id: 'sci-08',
    body: 'According to the study, published in the journal Nature, the bacteria can survive in extreme cold. The team plans further experiments next year.',
    q: ['i|~the study|-|the bacteria can survive in extreme cold'],
  },
  {
    id: 'sci-09',
    body: 'The vaccine was 91% effective at preventing severe illness, the company said, citing data from a trial of 30,000 people. Regulators are expected to review the data next month.',
    q: ['i|~the company|-|The vaccine was 91% effective at preventing severe illness'],
  },
  {
    id: 'sci-10',
    body: 'In the paper, the authors argue that the decline in bee populations is driven mainly by pesticides. Other scientists disputed the conclusion.',
    q: ['i|~the authors|-|that the decline in bee populations is driven mainly by pesticides'],
  },
  {
    id: 'sci-11',
    body: '"This is the first time we have seen this behavior in the wild," co-author Miguel Torres told AFP. The team filmed the dolphins over three years.',
    ents: 'P Miguel Torres|Torres; O AFP',
    q: ['d|Miguel Torres|-|This is the first time we have seen this behavior in the wild'],
  },
  {
    id: 'sci-12',
    body: 'NASA said the spacecraft was in good health after the maneuver. Mission manager Carla Ruiz said the team was "thrilled."',
    ents: 'O NASA; P Carla Ruiz|Ruiz',
    q: [
      'i|NASA|-|the spacecraft was in good health after the maneuver',
      'i|Carla Ruiz|-|the team was "thrilled."',
      'p|Carla Ruiz|-|thrilled.',
    ],
  },
  {
    id: 'sci-13',
    body: 'The report, released by the Intergovernmental Panel on Climate Change, warns that sea levels could rise by one metre by 2100. Its authors called for urgent cuts in emissions.',
    ents: 'O Intergovernmental Panel on Climate Change',
    q: [
      'i|Intergovernmental Panel on Climate Change|-|that sea levels could rise by one metre by 2100',
      'i|~Its authors|-|urgent cuts in emissions',
    ],
  },
  {
    id: 'sci-14',
    body: 'The health ministry said 230 new cases of cholera were recorded in the past 24 hours. Most of them were in the capital.',
    q: ['i|~The health ministry|-|230 new cases of cholera were recorded in the past 24 hours'],
  },
  {
    id: 'sci-15',
    body: 'Researchers at Stanford University found that the algorithm could detect skin cancer as accurately as dermatologists. The work appears in the journal Science.',
    ents: 'O Stanford University',
    q: [
      'i|~Researchers at Stanford University|-|that the algorithm could detect skin cancer as accurately as dermatologists',
    ],
  },
  {
    id: 'sci-16',
    body: '"The risk to the public remains low," the agency\'s chief medical officer, Dr. Sam Patel, said at a news conference. He urged people to wash their hands.',
    ents: 'P Sam Patel|Patel',
    q: ['d|Sam Patel|-|The risk to the public remains low', 'i|Sam Patel|-|people to wash their hands'],
  },
  {
    id: 'sci-17',
    body: 'The data show a clear link between air pollution and asthma in children, said Fiona Grant, who led the study at Imperial College London. She said the government should act.',
    ents: 'P Fiona Grant|Grant; O Imperial College London',
    q: [
      'i|Fiona Grant|-|The data show a clear link between air pollution and asthma in children',
      'i|Fiona Grant|-|the government should act',
    ],
  },
  {
    id: 'sci-18',
    body: 'Experts warned that the heat wave could strain hospitals. The weather service said temperatures would peak on Thursday.',
    q: [
      'i|~Experts|-|that the heat wave could strain hospitals',
      'i|~The weather service|-|temperatures would peak on Thursday',
    ],
  },
  // ---------------------------------------------------------------- opinion and interviews
  {
    id: 'int-01',
    body: 'In an interview with The Guardian, Anna Berger said she had no regrets about leaving the party. "I did what I thought was right," she said.',
    ents: 'O The Guardian; P Anna Berger|Berger',
    q: [
      'i|Anna Berger|-|she had no regrets about leaving the party',
      'd|Anna Berger|-|I did what I thought was right',
    ],
  },
  {
    id: 'int-02',
    body: 'Speaking to CNN on Sunday, Senator Joe Marsh said the bill would pass "within weeks." He did not give details.',
    ents: 'O CNN; P Joe Marsh|Marsh',
    q: ['i|Joe Marsh|-|the bill would pass "within weeks."', 'p|Joe Marsh|-|within weeks.'],
  },
  {
    // A Q&A with nobody named before it: the answers are nobody's (the questions are not listed).
    id: 'int-03',
    body: 'Q: Will you run again? A: I have not decided yet. My family comes first.',
    q: ['d|-|-|I have not decided yet. My family comes first.'],
  },
  {
    id: 'int-04',
    body: 'The minister, in an interview with Al Arabiya, said his country would not accept foreign troops. "Our sovereignty is not for sale," he said.',
    ents: 'O Al Arabiya',
    q: [
      'i|~The minister|-|his country would not accept foreign troops',
      'd|~he|-|Our sovereignty is not for sale',
    ],
  },
  {
    id: 'int-05',
    body: 'Tom Hale told the Financial Times that he planned to step down next year. "It is time for a new generation," he told the newspaper.',
    ents: 'P Tom Hale|Hale; O Financial Times',
    q: [
      'i|Tom Hale|-|that he planned to step down next year',
      'd|Tom Hale|-|It is time for a new generation',
    ],
  },
  {
    id: 'int-06',
    body: 'Writing in The Washington Post, former ambassador Laura Grey argued that sanctions had failed. She called for direct talks.',
    ents: 'O The Washington Post; P Laura Grey|Grey',
    q: ['i|Laura Grey|-|that sanctions had failed'],
  },
  {
    id: 'int-07',
    body: '"I never wanted to be a politician," Mayor Lisa Tran said in an interview. "But someone had to fix the roads."',
    ents: 'P Lisa Tran|Tran',
    q: ['d|Lisa Tran|-|I never wanted to be a politician', 'd|Lisa Tran|-|But someone had to fix the roads.'],
  },
  {
    id: 'int-08',
    body: 'In an op-ed published on Monday, the senator said the country needed a new energy policy. He wrote that coal had no future.',
    q: ['i|~the senator|-|the country needed a new energy policy', 'i|~He|-|that coal had no future'],
  },
  {
    id: 'int-09',
    body: 'Asked whether he would resign, Health Minister Ravi Kumar said: "Absolutely not." He said the ministry had acted quickly.',
    ents: 'P Ravi Kumar|Kumar',
    q: ['d|Ravi Kumar|-|Absolutely not.', 'i|Ravi Kumar|-|the ministry had acted quickly'],
  },
  {
    id: 'int-10',
    body: 'Novelist Clara Webb says she writes every morning before dawn. "The house is quiet and my head is clear," Webb said in a phone interview.',
    ents: 'P Clara Webb|Webb',
    q: [
      'i|Clara Webb|-|she writes every morning before dawn',
      'd|Clara Webb|-|The house is quiet and my head is clear',
    ],
  },
  {
    id: 'int-11',
    body: 'In an interview with the BBC, Prime Minister Ahmed Rashid said elections would be held in the spring. He ruled out a coalition with the opposition.',
    ents: 'O BBC; P Ahmed Rashid|Rashid',
    q: [
      'i|Ahmed Rashid|-|elections would be held in the spring',
      'i|Ahmed Rashid|-|a coalition with the opposition',
    ],
  },
  {
    id: 'int-12',
    body: 'Director Paolo Greco told Variety that the film took seven years to make. "Every day was a fight," he said.',
    ents: 'P Paolo Greco|Greco; O Variety',
    q: ['i|Paolo Greco|-|that the film took seven years to make', 'd|Paolo Greco|-|Every day was a fight'],
  },
  // ---------------------------------------------------------------- Press TV
  {
    id: 'ptv-01',
    body: 'Iranian Foreign Minister Hossein Amir-Abdollahian said the US must lift all sanctions. He noted that Tehran had fulfilled all its commitments under the deal.',
    ents: 'P Hossein Amir-Abdollahian|Amir-Abdollahian; L US; L Tehran',
    q: [
      'i|Hossein Amir-Abdollahian|-|the US must lift all sanctions',
      'i|Hossein Amir-Abdollahian|-|that Tehran had fulfilled all its commitments under the deal',
    ],
  },
  {
    id: 'ptv-02',
    body: 'Foreign Ministry spokesman Nasser Kanaani condemned the Israeli strike on Damascus. The spokesman stressed that the Islamic Republic would not remain silent in the face of such crimes.',
    ents: 'P Nasser Kanaani|Kanaani; L Damascus; O Islamic Republic',
    q: [
      'i|Nasser Kanaani|-|the Israeli strike on Damascus',
      'i|Nasser Kanaani|-|that the Islamic Republic would not remain silent in the face of such crimes',
    ],
  },
  {
    id: 'ptv-03',
    body: 'The Iranian president made the remarks in a meeting with his Iraqi counterpart in Tehran on Sunday. He underlined that regional security could only be achieved by the nations of the region.',
    ents: 'L Tehran',
    q: ['i|~He|-|that regional security could only be achieved by the nations of the region'],
  },
  {
    id: 'ptv-04',
    body: "Major General Hossein Salami said the armed forces were ready to respond to any aggression. Elsewhere in his remarks, the commander pointed to the enemy's failure in the region.",
    ents: 'P Hossein Salami|Salami',
    q: [
      'i|Hossein Salami|-|the armed forces were ready to respond to any aggression',
      "i|Hossein Salami|-|the enemy's failure in the region",
    ],
  },
  {
    id: 'ptv-05',
    body: 'Yemen\'s Ansarullah spokesman Mohammed Abdulsalam said the attack would not go unanswered. "The aggressors will pay a heavy price," he said in a post on X.',
    ents: 'P Mohammed Abdulsalam|Abdulsalam; O Ansarullah; L Yemen',
    q: [
      'i|Mohammed Abdulsalam|-|the attack would not go unanswered',
      'd|Mohammed Abdulsalam|-|The aggressors will pay a heavy price',
    ],
  },
  {
    id: 'ptv-06',
    body: 'The official added that Iran had no plans to build nuclear weapons. He reiterated that such weapons were forbidden under Islam.',
    ents: 'L Iran',
    q: [
      'i|~The official|-|that Iran had no plans to build nuclear weapons',
      'i|~He|-|that such weapons were forbidden under Islam',
    ],
  },
  // ---------------------------------------------------------------- teleSUR
  {
    id: 'tsur-01',
    body: 'President Nicolas Maduro denounced that the United States was trying to steal Venezuela\'s oil. "We will never surrender," Maduro said during a rally in Caracas.',
    ents: 'P Nicolas Maduro|Maduro; L United States; L Venezuela; L Caracas',
    q: [
      "i|Nicolas Maduro|-|that the United States was trying to steal Venezuela's oil",
      'd|Nicolas Maduro|-|We will never surrender',
    ],
  },
  {
    id: 'tsur-02',
    body: 'Bolivian President Luis Arce highlighted that the economy grew 4% last year. The head of state also recalled that his government had nationalized the lithium industry.',
    ents: 'P Luis Arce|Arce',
    q: [
      'i|Luis Arce|-|that the economy grew 4% last year',
      'i|Luis Arce|-|that his government had nationalized the lithium industry',
    ],
  },
  {
    id: 'tsur-03',
    body: 'Cuban Foreign Minister Bruno Rodriguez rejected the new sanctions. He affirmed that the blockade was a violation of international law.',
    ents: 'P Bruno Rodriguez|Rodriguez',
    q: [
      'i|Bruno Rodriguez|-|the new sanctions',
      'i|Bruno Rodriguez|-|that the blockade was a violation of international law',
    ],
  },
  {
    id: 'tsur-04',
    body: 'Social movements warned that the reform would harm workers. According to the union leader, more than 10,000 people joined the march.',
    q: [
      'i|~Social movements|-|that the reform would harm workers',
      'i|~the union leader|-|more than 10,000 people joined the march',
    ],
  },
  {
    id: 'tsur-05',
    body: 'Gustavo Petro assured that his government would continue peace talks with the rebels. The Colombian president pointed out that violence had fallen in the region.',
    ents: 'P Gustavo Petro|Petro',
    q: [
      'i|Gustavo Petro|-|that his government would continue peace talks with the rebels',
      'i|Gustavo Petro|-|that violence had fallen in the region',
    ],
  },
  // ---------------------------------------------------------------- RT
  {
    id: 'rt-01',
    body: 'Kremlin spokesman Dmitry Peskov said Moscow remained open to talks. "The ball is in their court," Peskov told journalists on Monday.',
    ents: 'P Dmitry Peskov|Peskov; L Moscow',
    q: ['i|Dmitry Peskov|-|Moscow remained open to talks', 'd|Dmitry Peskov|-|The ball is in their court'],
  },
  {
    id: 'rt-02',
    body: 'Russian Foreign Ministry spokeswoman Maria Zakharova accused Washington of hypocrisy. She pointed out that the US had ignored similar incidents involving its allies.',
    ents: 'P Maria Zakharova|Zakharova; L Washington; L US',
    q: [
      'i|Maria Zakharova|-|Washington of hypocrisy',
      'i|Maria Zakharova|-|that the US had ignored similar incidents involving its allies',
    ],
  },
  {
    id: 'rt-04',
    body: 'The Russian Defense Ministry said its forces had repelled five attacks near Avdeevka. According to the ministry, the Ukrainian side lost up to 300 troops.',
    ents: 'O Russian Defense Ministry; L Avdeevka',
    q: [
      'i|Russian Defense Ministry|-|its forces had repelled five attacks near Avdeevka',
      'i|Russian Defense Ministry|-|the Ukrainian side lost up to 300 troops',
    ],
  },
  {
    id: 'rt-05',
    body: 'Speaking to RT, the analyst argued that NATO expansion had provoked the crisis. "This was entirely predictable," he said.',
    ents: 'O RT; O NATO',
    q: [
      'i|~the analyst|-|that NATO expansion had provoked the crisis',
      'd|~he|-|This was entirely predictable',
    ],
  },
  // ---------------------------------------------------------------- Global Times
  {
    id: 'gt-01',
    body: "Chinese Foreign Ministry spokesperson Mao Ning said on Monday that the US should stop interfering in China's internal affairs. Mao made the remarks at a routine press conference.",
    ents: 'P Mao Ning|Mao; L US; L China',
    q: ["i|Mao Ning|-|that the US should stop interfering in China's internal affairs"],
  },
  {
    id: 'gt-02',
    body: "Chinese experts said the move exposed Washington's anxiety about China's rise. Li Haidong, a professor at the China Foreign Affairs University, told the Global Times that the sanctions would achieve nothing.",
    ents: 'L Washington; L China; P Li Haidong|Li; O China Foreign Affairs University; O Global Times',
    q: [
      "i|~Chinese experts|-|the move exposed Washington's anxiety about China's rise",
      'i|Li Haidong|-|that the sanctions would achieve nothing',
    ],
  },
  {
    id: 'gt-04',
    body: 'Wang Yi said China was willing to work with all parties to promote peace. Wang stressed that dialogue was the only way out.',
    ents: 'P Wang Yi|Wang; L China',
    q: [
      'i|Wang Yi|-|China was willing to work with all parties to promote peace',
      'i|Wang Yi|-|that dialogue was the only way out',
    ],
  },
  {
    id: 'gt-05',
    body: 'Netizens slammed the report as biased. Some observers noted that Western media had ignored similar cases in Europe.',
    ents: 'L Europe',
    q: ['i|~Some observers|-|that Western media had ignored similar cases in Europe'],
  },
  // ---------------------------------------------------------------- Al Jazeera
  {
    id: 'aj-01',
    body: 'Reporting from Gaza City, Al Jazeera\'s Hani Mahmoud said the bombardment had continued through the night. "People have nowhere to go," he said.',
    ents: 'L Gaza City; O Al Jazeera; P Hani Mahmoud|Mahmoud',
    q: [
      'i|Hani Mahmoud|-|the bombardment had continued through the night',
      'd|Hani Mahmoud|-|People have nowhere to go',
    ],
  },
  {
    id: 'aj-02',
    body: 'The Palestinian health ministry said at least 40 people were killed in the attacks. The Israeli military said it was targeting Hamas fighters.',
    ents: 'O Hamas',
    q: [
      'i|~The Palestinian health ministry|-|at least 40 people were killed in the attacks',
      'i|~The Israeli military|-|it was targeting Hamas fighters',
    ],
  },
  {
    id: 'aj-03',
    body: '"We have lost everything," Umm Khaled, a mother of five, told Al Jazeera. She said her house was destroyed in an air raid last week.',
    ents: 'P Umm Khaled; O Al Jazeera',
    q: [
      'd|Umm Khaled|-|We have lost everything',
      'i|Umm Khaled|-|her house was destroyed in an air raid last week',
    ],
  },
  {
    id: 'aj-04',
    body: "Marwan Bishara, Al Jazeera's senior political analyst, said the ceasefire was fragile. He noted that neither side had agreed to the key terms.",
    ents: 'P Marwan Bishara|Bishara; O Al Jazeera',
    q: [
      'i|Marwan Bishara|-|the ceasefire was fragile',
      'i|Marwan Bishara|-|that neither side had agreed to the key terms',
    ],
  },
  {
    id: 'aj-05',
    body: 'The United Nations has warned that famine is imminent in northern Gaza. UN humanitarian chief Martin Griffiths described the situation as "catastrophic."',
    ents: 'O United Nations|UN; L Gaza; P Martin Griffiths|Griffiths',
    q: [
      'i|United Nations|-|that famine is imminent in northern Gaza',
      'i|Martin Griffiths|-|the situation as "catastrophic."',
      'p|Martin Griffiths|-|catastrophic.',
    ],
  },
  // ---------------------------------------------------------------- The Hindu
  {
    id: 'hindu-01',
    body: 'External Affairs Minister S. Jaishankar said on Tuesday that India would not accept any third-party mediation. He was speaking at a press conference in New Delhi.',
    ents: 'P S. Jaishankar|Jaishankar; L India; L New Delhi',
    q: ['i|S. Jaishankar|-|that India would not accept any third-party mediation'],
  },
  {
    id: 'hindu-02',
    body: "Chief Minister M.K. Stalin said the State would move the Supreme Court against the Bill. The Chief Minister said the Centre had ignored the State's concerns.",
    ents: 'P M.K. Stalin|Stalin; O Supreme Court; O Centre',
    q: [
      'i|M.K. Stalin|-|the State would move the Supreme Court against the Bill',
      "i|M.K. Stalin|-|the Centre had ignored the State's concerns",
    ],
  },
  {
    id: 'hindu-03',
    body: 'Police said the accused had been absconding since the incident. A case has been registered under relevant sections of the IPC, an official said.',
    ents: 'O IPC',
    q: [
      'i|~Police|-|the accused had been absconding since the incident',
      'i|~an official|-|A case has been registered under relevant sections of the IPC',
    ],
  },
  {
    id: 'hindu-04',
    body: 'Speaking to The Hindu, a senior official in the Ministry said the proposal was under consideration. The official, who did not wish to be named, said a decision would be taken soon.',
    ents: 'O The Hindu',
    q: [
      'i|~a senior official in the Ministry|-|the proposal was under consideration',
      'i|~The official|-|a decision would be taken soon',
    ],
  },
  {
    id: 'hindu-05',
    body: "Farmers' leader Rakesh Tikait said the agitation would continue till their demands were met. He alleged that the government was not serious about the talks.",
    ents: 'P Rakesh Tikait|Tikait',
    q: [
      'i|Rakesh Tikait|-|the agitation would continue till their demands were met',
      'i|Rakesh Tikait|-|that the government was not serious about the talks',
    ],
  },
  // ---------------------------------------------------------------- Times of India
  {
    id: 'toi-01',
    body: 'The accused was arrested from his residence in Andheri on Monday, police said. "He has confessed to the crime," a police officer told TOI.',
    ents: 'L Andheri; O TOI',
    q: [
      'i|~police|-|The accused was arrested from his residence in Andheri on Monday',
      'd|~a police officer|-|He has confessed to the crime',
    ],
  },
  {
    id: 'toi-02',
    body: 'Prime Minister Narendra Modi on Sunday said India was the fastest-growing major economy. He said the government was committed to the welfare of the poor.',
    ents: 'P Narendra Modi|Modi; L India',
    q: [
      'i|Narendra Modi|-|India was the fastest-growing major economy',
      'i|Narendra Modi|-|the government was committed to the welfare of the poor',
    ],
  },
  {
    id: 'toi-03',
    body: 'Sources said the Congress leadership was likely to announce the candidate list this week. The party has not commented.',
    ents: 'O Congress',
    q: ['i|~Sources|-|the Congress leadership was likely to announce the candidate list this week'],
  },
  {
    id: 'toi-04',
    body: 'BJP spokesperson Sambit Patra hit out at the opposition. "They have no agenda except abusing the PM," Patra said.',
    ents: 'O BJP; P Sambit Patra|Patra',
    q: ['d|Sambit Patra|-|They have no agenda except abusing the PM'],
  },
  {
    id: 'toi-05',
    body: 'A senior IMD official said monsoon rains were likely to reach Kerala by June 1. The official added that rainfall would be normal this year.',
    ents: 'O IMD; L Kerala',
    q: [
      'i|~A senior IMD official|-|monsoon rains were likely to reach Kerala by June 1',
      'i|~The official|-|that rainfall would be normal this year',
    ],
  },
  // ---------------------------------------------------------------- more: Q&A, court, markets, seed styles
  {
    id: 'int-14',
    body: 'In an interview with Reuters, Turkish Finance Minister Mehmet Aksoy said inflation would fall below 20% next year. "We are on the right path," he said.',
    ents: 'O Reuters; P Mehmet Aksoy|Aksoy',
    q: [
      'i|Mehmet Aksoy|-|inflation would fall below 20% next year',
      'd|Mehmet Aksoy|-|We are on the right path',
    ],
  },
  {
    id: 'court-27',
    body: 'The prosecution alleged that Grant had accepted bribes from three contractors. Grant denied the charges.',
    ents: 'P Grant',
    // A denial says the charges are false: listed however short, as the hand-marked news sets mark "denied X".
    q: [
      'i|~The prosecution|-|that Grant had accepted bribes from three contractors',
      'i|Grant|-|the charges',
    ],
  },
  {
    id: 'court-28',
    body: 'A spokesperson for the Crown Prosecution Service said the decision to charge had been made "after careful review." The case will be heard at Southwark Crown Court.',
    ents: 'O Crown Prosecution Service; O Southwark Crown Court',
    q: [
      'i|Crown Prosecution Service|-|the decision to charge had been made "after careful review."',
      'p|Crown Prosecution Service|-|after careful review.',
    ],
  },
  {
    id: 'court-29',
    body: 'Under questioning from the defense, the witness admitted that she had not seen the gun. The judge ordered a short break.',
    q: ['i|~the witness|-|that she had not seen the gun'],
  },
  {
    id: 'sport-23',
    body: '"It\'s a dream come true," said the 19-year-old, who made his debut for the national team. He came on in the 70th minute.',
    q: ["d|~the 19-year-old|-|It's a dream come true"],
  },
  {
    id: 'sport-24',
    body: 'Coach Ana Ribeiro said the team would review the tape. "We made too many mistakes," Ribeiro told reporters after the match.',
    ents: 'P Ana Ribeiro|Ribeiro',
    q: ['i|Ana Ribeiro|-|the team would review the tape', 'd|Ana Ribeiro|-|We made too many mistakes'],
  },
  {
    id: 'biz-28',
    body: 'The company said in a regulatory filing that its chief financial officer would leave at the end of the month. It did not give a reason.',
    q: ['i|~The company|-|that its chief financial officer would leave at the end of the month'],
  },
  {
    id: 'biz-29',
    body: 'Copper prices hit a record high on Tuesday, traders said. Supply disruptions in Chile pushed prices up, according to analysts.',
    ents: 'L Chile',
    q: [
      'i|~traders|-|Copper prices hit a record high on Tuesday',
      'i|~analysts|-|Supply disruptions in Chile pushed prices up',
    ],
  },
  {
    id: 'sci-19',
    body: 'The drug reduced the risk of stroke by 30%, the researchers reported. "These are remarkable results," said study co-author Hannah Meyer.',
    ents: 'P Hannah Meyer|Meyer',
    q: [
      'i|~the researchers|-|The drug reduced the risk of stroke by 30%',
      'd|Hannah Meyer|-|These are remarkable results',
    ],
  },
  {
    id: 'gt-06',
    body: 'Chinese Defense Ministry spokesperson Zhang Xiaogang said the drills were a stern warning to separatist forces. He urged the US to stop arming the island.',
    ents: 'P Zhang Xiaogang|Zhang; L US',
    q: [
      'i|Zhang Xiaogang|-|the drills were a stern warning to separatist forces',
      'i|Zhang Xiaogang|-|the US to stop arming the island',
    ],
  },
  {
    id: 'ptv-07',
    body: 'Hezbollah chief Hassan Nasrallah said the resistance had imposed new rules of engagement. Nasrallah noted that the enemy had failed to achieve any of its goals.',
    ents: 'O Hezbollah; P Hassan Nasrallah|Nasrallah',
    q: [
      'i|Hassan Nasrallah|-|the resistance had imposed new rules of engagement',
      'i|Hassan Nasrallah|-|that the enemy had failed to achieve any of its goals',
    ],
  },
  {
    id: 'toi-06',
    body: 'The woman told police that she was attacked by two men near the railway station. Police said CCTV footage was being examined.',
    q: [
      'i|~The woman|-|that she was attacked by two men near the railway station',
      'i|~Police|-|CCTV footage was being examined',
    ],
  },
  {
    id: 'aj-06',
    body: 'Speaking from Doha, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said talks were at a "delicate stage." He declined to give details.',
    ents: 'L Doha; P Mohammed bin Abdulrahman Al Thani|Al Thani',
    q: [
      'i|Mohammed bin Abdulrahman Al Thani|-|talks were at a "delicate stage."',
      'p|Mohammed bin Abdulrahman Al Thani|-|delicate stage.',
    ],
  },
  // ---------------------------------------------------------------- second batch
  {
    id: 'court-30',
    body: 'Prosecutors allege that Vance Holloway used the company as a personal piggy bank. His attorney, Rachel Stein, argued in a motion that the charges should be dropped.',
    ents: 'P Vance Holloway|Holloway; P Rachel Stein|Stein',
    q: [
      'i|~Prosecutors|-|that Vance Holloway used the company as a personal piggy bank',
      'i|Rachel Stein|-|that the charges should be dropped',
    ],
  },
  {
    id: 'court-31',
    body: 'According to the criminal complaint, the man threatened to blow up the building. He told the judge on Tuesday that he had been drinking.',
    q: [
      'i|~the criminal complaint|-|the man threatened to blow up the building',
      'i|~He|-|that he had been drinking',
    ],
  },
  {
    id: 'court-32',
    body: 'The jury found Gallagher guilty on all counts. "Justice has been served," District Attorney Nina Brooks said in a statement.',
    ents: 'P Gallagher; P Nina Brooks|Brooks',
    q: ['d|Nina Brooks|-|Justice has been served'],
  },
  {
    id: 'court-33',
    body: 'In his ruling, Judge Alan Cho wrote that the police had acted "with reckless disregard" for the law. The city said it was reviewing the decision.',
    ents: 'P Alan Cho|Cho',
    q: [
      'i|Alan Cho|-|that the police had acted "with reckless disregard" for the law',
      'p|Alan Cho|-|with reckless disregard',
      'i|~The city|-|it was reviewing the decision',
    ],
  },
  {
    id: 'court-34',
    body: 'The company said in court papers that the lawsuit was without merit. A hearing is set for next month.',
    q: ['i|~The company|-|that the lawsuit was without merit'],
  },
  {
    id: 'court-35',
    body: 'Hanna Berg testified Tuesday that her former boss had pressured her to falsify the records. "I was scared of losing my job," she told jurors.',
    ents: 'P Hanna Berg|Berg',
    q: [
      'i|Hanna Berg|-|that her former boss had pressured her to falsify the records',
      'd|Hanna Berg|-|I was scared of losing my job',
    ],
  },
  {
    id: 'sport-25',
    body: '"The lads showed great character today," the Blues boss said in his post-match press conference. Chelsea are now third in the table.',
    ents: 'O Chelsea',
    q: ['d|~the Blues boss|-|The lads showed great character today'],
  },
  {
    id: 'sport-26',
    body: 'Antoine Mercier told Sky Sports he was disappointed not to start. "I want to play every game," the Frenchman said.',
    ents: 'P Antoine Mercier|Mercier; O Sky Sports',
    q: [
      'i|Antoine Mercier|-|he was disappointed not to start',
      'd|Antoine Mercier|-|I want to play every game',
    ],
  },
  {
    id: 'sport-27',
    body: 'Lucas Ferreira wrote on Instagram that he was leaving the club after eight years. "Thank you for everything," he wrote.',
    ents: 'P Lucas Ferreira|Ferreira',
    q: [
      'i|Lucas Ferreira|-|that he was leaving the club after eight years',
      'd|Lucas Ferreira|-|Thank you for everything',
    ],
  },
  {
    id: 'sport-28',
    body: '"We were not good enough in the first half," the 28-year-old told reporters. "In the second half we showed what we can do."',
    q: [
      'd|~the 28-year-old|-|We were not good enough in the first half',
      'd|~the 28-year-old|-|In the second half we showed what we can do.',
    ],
  },
  {
    id: 'biz-30',
    body: 'The people said a deal could be announced as soon as next week. Talks are ongoing and could still fall apart, they said.',
    q: [
      'i|~The people|-|a deal could be announced as soon as next week',
      'i|~they|-|Talks are ongoing and could still fall apart',
    ],
  },
  {
    id: 'biz-31',
    body: 'Demand for chips will stay weak until next year, Morgan Stanley analysts wrote in a research note. The bank cut its price target on the stock.',
    ents: 'O Morgan Stanley',
    q: ['i|~Morgan Stanley analysts|-|Demand for chips will stay weak until next year'],
  },
  {
    id: 'biz-32',
    body: 'The Cupertino, California-based company said in an emailed statement that it would appeal the fine. The European Commission said the company had abused its dominant position.',
    ents: 'O European Commission',
    q: [
      'i|~The Cupertino, California-based company|-|that it would appeal the fine',
      'i|European Commission|-|the company had abused its dominant position',
    ],
  },
  {
    id: 'biz-33',
    body: 'Exports fell 7.5% in October from a year earlier, according to data released by the customs office on Tuesday. Economists polled by Reuters had forecast a 3% drop.',
    ents: 'O Reuters',
    q: [
      'i|~data released by the customs office on Tuesday|-|Exports fell 7.5% in October from a year earlier',
    ],
  },
  {
    id: 'biz-34',
    body: '"We expect conditions to improve later in the year," Chief Operating Officer Janet Moss said in a release. The company\'s shares were flat.',
    ents: 'P Janet Moss|Moss',
    q: ['d|Janet Moss|-|We expect conditions to improve later in the year'],
  },
  {
    id: 'biz-35',
    body: 'Greenfield Foods said net income fell to $120 million, or 45 cents a share, from $150 million a year earlier. Revenue rose 2% to $3.2 billion, the company said.',
    ents: 'O Greenfield Foods',
    q: [
      'i|Greenfield Foods|-|net income fell to $120 million, or 45 cents a share, from $150 million a year earlier',
      'i|Greenfield Foods|-|Revenue rose 2% to $3.2 billion',
    ],
  },
  {
    id: 'sci-20',
    body: 'The authors concluded that the treatment was safe for children. "We saw no serious side effects," said co-author Ines Duarte.',
    ents: 'P Ines Duarte|Duarte',
    q: [
      'i|~The authors|-|that the treatment was safe for children',
      'd|Ines Duarte|-|We saw no serious side effects',
    ],
  },
  {
    id: 'sci-21',
    body: 'The researchers noted that the sample was small. Further studies are needed, they wrote in the journal Cell.',
    q: ['i|~The researchers|-|that the sample was small', 'i|~they|-|Further studies are needed'],
  },
  {
    id: 'sci-22',
    body: 'The new variant spreads faster but does not appear to cause more severe illness, according to the researchers. The health ministry said it was monitoring the situation.',
    q: [
      'i|~the researchers|-|The new variant spreads faster but does not appear to cause more severe illness',
      'i|~The health ministry|-|it was monitoring the situation',
    ],
  },
  {
    id: 'int-15',
    body: 'Ellen Park, the author of three novels, spoke with us about her new book. Why did you write it? "I wanted to understand my mother," Park said.',
    ents: 'P Ellen Park|Park',
    q: ['d|Ellen Park|-|I wanted to understand my mother'],
  },
  {
    id: 'int-16',
    body: 'In a wide-ranging interview, the governor said he would sign the bill. He also said he had no plans to run for president.',
    q: ['i|~the governor|-|he would sign the bill', 'i|~He|-|he had no plans to run for president'],
  },
  {
    id: 'ptv-08',
    body: "Iran's Foreign Ministry spokesman said the Islamic Republic would respond to any act of aggression. He made the remarks at his weekly press conference in Tehran.",
    ents: 'L Tehran; L Iran',
    q: ["i|~Iran's Foreign Ministry spokesman|-|the Islamic Republic would respond to any act of aggression"],
  },
  {
    id: 'gt-07',
    body: "The Global Times learned from sources that the talks would resume next month. A Chinese expert said the move showed Beijing's sincerity.",
    ents: 'O Global Times; L Beijing',
    q: [
      'i|Global Times|-|that the talks would resume next month',
      "i|~A Chinese expert|-|the move showed Beijing's sincerity",
    ],
  },
  {
    id: 'rt-06',
    body: "Putin noted that Russia had never refused to negotiate. The Russian leader underlined that any agreement must take Moscow's security interests into account.",
    ents: 'P Vladimir Putin|Putin; L Russia; L Moscow',
    q: [
      'i|Vladimir Putin|-|that Russia had never refused to negotiate',
      "i|Vladimir Putin|-|that any agreement must take Moscow's security interests into account",
    ],
  },
  {
    id: 'aj-07',
    body: '"There is no safe place in Gaza," Juliette Touma, a spokesperson for UNRWA, told Al Jazeera. She said more than 1.5 million people had been displaced.',
    ents: 'L Gaza; P Juliette Touma|Touma; O UNRWA; O Al Jazeera',
    q: [
      'd|Juliette Touma|-|There is no safe place in Gaza',
      'i|Juliette Touma|-|more than 1.5 million people had been displaced',
    ],
  },
  {
    id: 'hindu-06',
    body: 'The Chief Minister said the government would provide compensation of Rs. 5 lakh to the families of the deceased. He directed officials to expedite relief work.',
    q: [
      'i|~The Chief Minister|-|the government would provide compensation of Rs. 5 lakh to the families of the deceased',
    ],
  },
  {
    id: 'toi-07',
    body: 'Speaking to TOI, a senior railway official said the new train would be launched next month. "Trials have been completed," he said.',
    ents: 'O TOI',
    q: [
      'i|~a senior railway official|-|the new train would be launched next month',
      'd|~he|-|Trials have been completed',
    ],
  },
  {
    id: 'tsur-06',
    body: 'The Venezuelan government denounced the sanctions as "economic terrorism." Foreign Minister Yvan Gil said Caracas would take the case to the United Nations.',
    ents: 'P Yvan Gil|Gil; L Caracas; O United Nations',
    q: [
      'i|~The Venezuelan government|-|the sanctions as "economic terrorism."',
      'p|~The Venezuelan government|-|economic terrorism.',
      'i|Yvan Gil|-|Caracas would take the case to the United Nations',
    ],
  },
  {
    id: 'biz-36',
    body: 'Brightline Telecom was fined $40 million by regulators. The company said in an emailed statement that it would appeal the fine.',
    ents: 'O Brightline Telecom',
    q: ['i|Brightline Telecom|-|that it would appeal the fine'],
  },
  // ---------------------------------------------------------------- third batch
  {
    id: 'court-36',
    body: 'Federal prosecutors in Brooklyn charged the two men with fraud, the Justice Department said Thursday. If convicted, they face up to 20 years in prison.',
    ents: 'L Brooklyn; O Justice Department',
    q: ['i|Justice Department|-|Federal prosecutors in Brooklyn charged the two men with fraud'],
  },
  {
    id: 'court-37',
    body: '"The evidence will show that he lied again and again," prosecutor Dana Whitfield said in her opening statement. The defense is expected to call its first witness on Monday.',
    ents: 'P Dana Whitfield|Whitfield',
    q: ['d|Dana Whitfield|-|The evidence will show that he lied again and again'],
  },
  {
    id: 'court-39',
    body: 'The appeals court said the lower court had erred in excluding the testimony. It sent the case back for a new trial.',
    q: ['i|~The appeals court|-|the lower court had erred in excluding the testimony'],
  },
  {
    id: 'court-40',
    body: 'Ortiz pleaded guilty to two counts of wire fraud on Wednesday. "I am deeply sorry for what I did," Ortiz told the court.',
    ents: 'P Ortiz',
    q: ['d|Ortiz|-|I am deeply sorry for what I did'],
  },
  {
    id: 'sport-29',
    body: 'Asked if he was worried about his place in the squad, the defender replied: "Not at all. I trust the manager."',
    q: ['d|~the defender|-|Not at all. I trust the manager.'],
  },
  {
    id: 'sport-30',
    body: 'Mikel Arroyo hailed his side\'s "fantastic" response after going a goal down. "The players showed real courage," the Spaniard said.',
    ents: 'P Mikel Arroyo|Arroyo',
    q: [
      'i|Mikel Arroyo|-|his side\'s "fantastic" response after going a goal down',
      'p|Mikel Arroyo|-|fantastic',
      'd|Mikel Arroyo|-|The players showed real courage',
    ],
  },
  {
    id: 'sport-31',
    body: 'Sarah Lin, who won gold in the 200 metres, said the crowd had carried her to the line. "I could hear them the whole way," she said.',
    ents: 'P Sarah Lin|Lin',
    q: [
      'i|Sarah Lin|-|the crowd had carried her to the line',
      'd|Sarah Lin|-|I could hear them the whole way',
    ],
  },
  {
    id: 'sport-32',
    body: 'The federation said in a statement that the player had tested positive for a banned substance. He has 10 days to appeal.',
    q: ['i|~The federation|-|that the player had tested positive for a banned substance'],
  },
  {
    id: 'biz-37',
    body: 'The Bank of England raised interest rates to 5.25%, the highest level in 15 years. Governor Andrew Bailey said inflation was "still far too high."',
    ents: 'O Bank of England; P Andrew Bailey|Bailey',
    q: ['i|Andrew Bailey|-|inflation was "still far too high."', 'p|Andrew Bailey|-|still far too high.'],
  },
  {
    id: 'biz-38',
    body: 'Investors are betting that the Fed will cut rates in March, said Tom Kessler, a portfolio manager at Lakeview Capital. Bond yields fell for a third day.',
    ents: 'P Tom Kessler|Kessler; O Lakeview Capital; O Fed',
    q: ['i|Tom Kessler|-|Investors are betting that the Fed will cut rates in March'],
  },
  {
    id: 'biz-39',
    body: 'The company declined to say how many employees would be affected. It said the changes would save about $300 million a year.',
    q: ['i|~It|-|the changes would save about $300 million a year'],
  },
  {
    id: 'biz-40',
    body: 'Shares of the retailer tumbled 15% after it warned of weak holiday sales. Chief Executive Paula Grant blamed "cautious consumers and unseasonably warm weather."',
    ents: 'P Paula Grant|Grant',
    q: ['d|Paula Grant|-|cautious consumers and unseasonably warm weather.'],
  },
  {
    id: 'biz-41',
    body: 'Nvidia expects fourth-quarter revenue of about $20 billion, it said in a statement. Analysts on average had expected $17.9 billion, according to LSEG data.',
    ents: 'O Nvidia; O LSEG',
    q: [
      'i|Nvidia|-|Nvidia expects fourth-quarter revenue of about $20 billion',
      'i|LSEG|-|Analysts on average had expected $17.9 billion',
    ],
  },
  {
    id: 'sci-23',
    body: 'Dr. Priya Raman, a cardiologist at Mount Sinai who was not involved in the research, called the findings "very promising." She cautioned that the study was small.',
    ents: 'P Priya Raman|Raman; O Mount Sinai',
    q: [
      'i|Priya Raman|-|the findings "very promising."',
      'p|Priya Raman|-|very promising.',
      'i|Priya Raman|-|that the study was small',
    ],
  },
  {
    id: 'sci-24',
    body: 'The telescope captured images of a galaxy 13 billion light years away, the European Space Agency said. Scientists said the images would help explain how the first galaxies formed.',
    ents: 'O European Space Agency',
    q: [
      'i|European Space Agency|-|The telescope captured images of a galaxy 13 billion light years away',
      'i|~Scientists|-|the images would help explain how the first galaxies formed',
    ],
  },
  {
    id: 'sci-25',
    body: 'Officials from the Ministry of Health confirmed two new cases of mpox in the capital. Both patients are in stable condition, the ministry said.',
    ents: 'O Ministry of Health',
    q: [
      'i|~Officials from the Ministry of Health|-|two new cases of mpox in the capital',
      'i|Ministry of Health|-|Both patients are in stable condition',
    ],
  },
  {
    id: 'int-17',
    body: 'In an exclusive interview with CNN, the president said he had "no intention" of stepping down. "I will finish the job," he said.',
    ents: 'O CNN',
    q: [
      'i|~the president|-|he had "no intention" of stepping down',
      'p|~the president|-|no intention',
      'd|~he|-|I will finish the job',
    ],
  },
  {
    id: 'ptv-10',
    body: 'The Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei said the enemies had failed to break the will of the Iranian nation. The Leader made the remarks in a meeting with students in Tehran on Wednesday.',
    ents: 'P Ali Khamenei|Seyyed Ali Khamenei|Khamenei; L Tehran',
    q: ['i|Ali Khamenei|-|the enemies had failed to break the will of the Iranian nation'],
  },
  {
    id: 'gt-08',
    body: 'Chinese Foreign Minister Wang Yi said on Tuesday that China firmly opposes any form of unilateral sanctions. Wang made the remarks during a phone call with his Brazilian counterpart.',
    ents: 'P Wang Yi|Wang; L China',
    q: ['i|Wang Yi|-|that China firmly opposes any form of unilateral sanctions'],
  },
  {
    id: 'rt-07',
    body: 'Moscow will respond to the deployment, Deputy Foreign Minister Sergei Ryabkov told RIA Novosti. He did not specify what measures Russia would take.',
    ents: 'L Moscow; P Sergei Ryabkov|Ryabkov; O RIA Novosti; L Russia',
    q: ['i|Sergei Ryabkov|-|Moscow will respond to the deployment'],
  },
  {
    id: 'aj-08',
    body: 'Israeli Prime Minister Benjamin Netanyahu vowed to continue the offensive "until total victory." Hamas said the statement showed Israel had no interest in a ceasefire.',
    ents: 'P Benjamin Netanyahu|Netanyahu; O Hamas; L Israel',
    q: [
      'i|Benjamin Netanyahu|-|to continue the offensive "until total victory."',
      'p|Benjamin Netanyahu|-|until total victory.',
      'i|Hamas|-|the statement showed Israel had no interest in a ceasefire',
    ],
  },
  {
    id: 'hindu-07',
    body: 'Union Finance Minister Nirmala Sitharaman on Saturday said the economy was on a strong footing. She was addressing a gathering of industry leaders in Chennai.',
    ents: 'P Nirmala Sitharaman|Sitharaman; L Chennai',
    q: ['i|Nirmala Sitharaman|-|the economy was on a strong footing'],
  },
  {
    id: 'toi-08',
    body: 'The deceased has been identified as Ramesh Yadav, 34, police said. His family alleged that he had been beaten by his employer.',
    ents: 'P Ramesh Yadav',
    q: [
      'i|~police|-|The deceased has been identified as Ramesh Yadav, 34',
      'i|~His family|-|that he had been beaten by his employer',
    ],
  },
  {
    id: 'tsur-07',
    body: 'Lula da Silva rejected the accusations and stated that Brazil would not accept pressure from abroad. The Brazilian president also called for reform of the UN Security Council.',
    ents: 'P Lula da Silva|Lula; L Brazil; O UN Security Council',
    q: [
      'i|Lula da Silva|-|that Brazil would not accept pressure from abroad',
      'i|Lula da Silva|-|reform of the UN Security Council',
    ],
  },
  // ------------------------------------------- readings left wrong by the first batches (genre31)
  {
    id: 'court-02',
    body: 'The lawsuit alleges that the company knowingly sold defective heaters. Midland Appliances denied the claims in a statement.',
    ents: 'O Midland Appliances',
    q: [
      'i|~The lawsuit|-|that the company knowingly sold defective heaters',
      'i|Midland Appliances|-|the claims',
    ],
  },
  {
    id: 'court-17',
    body: 'Jurors heard from a forensic expert who said the blood on the jacket matched the victim. The trial resumes on Monday.',
    q: ['i|~a forensic expert|-|the blood on the jacket matched the victim'],
  },
  {
    id: 'court-38',
    body: 'A lawyer for the former mayor, Thomas Greer, said his client "looks forward to clearing his name." Greer was indicted last month.',
    ents: 'P Thomas Greer|Greer',
    q: [
      'i|~A lawyer for the former mayor|-|his client "looks forward to clearing his name."',
      'p|~A lawyer for the former mayor|-|looks forward to clearing his name.',
    ],
  },
  {
    id: 'court-41',
    body: 'The court ruled on Monday that the law was unconstitutional. Lawyers for the state did not respond.',
    q: ['i|~The court|-|that the law was unconstitutional'],
  },
  {
    id: 'court-42',
    body: 'The Supreme Court ruled on Thursday that states may not ban the drug. A federal appeals court ruled last week that the program was unlawful.',
    ents: 'O Supreme Court',
    q: [
      'i|Supreme Court|-|that states may not ban the drug',
      'i|~A federal appeals court|-|that the program was unlawful',
    ],
  },
  {
    id: 'biz-42',
    body: 'A spokeswoman for the company, Jane Doe, said the plant would reopen next week. Production was halted in May.',
    ents: 'P Jane Doe|Doe',
    q: ['i|Jane Doe|-|the plant would reopen next week'],
  },
  {
    id: 'int-13',
    body: 'Maria Lopez spoke to The Hindu about the election. Q: Will you run again? A: I have not decided yet.',
    ents: 'P Maria Lopez|Lopez; O The Hindu',
    q: ['d|Maria Lopez|-|I have not decided yet.'],
  },
  {
    id: 'int-18',
    body: 'Reuters interviewed Chief Executive Anna Berg in Stockholm.\nQ. What will you do next?\nA. We will expand into Asia.\nQ. When?\nA. Next year, probably.',
    ents: 'O Reuters; P Anna Berg|Berg',
    q: ['d|Anna Berg|-|We will expand into Asia.', 'd|Anna Berg|-|Next year, probably.'],
  },
  {
    id: 'int-19',
    body: 'Senator Tom Reed denied the allegations on Twitter. He said he would not resign.',
    ents: 'P Tom Reed|Reed',
    q: ['i|Tom Reed|-|the allegations', 'i|Tom Reed|-|he would not resign'],
  },
  {
    id: 'rt-03',
    body: 'Dmitry Medvedev wrote on his Telegram channel that the West was "playing with fire." The former president also claimed that the sanctions had backfired.',
    ents: 'P Dmitry Medvedev|Medvedev; L West',
    q: [
      'i|Dmitry Medvedev|-|that the West was "playing with fire."',
      'p|Dmitry Medvedev|-|playing with fire.',
      'i|Dmitry Medvedev|-|that the sanctions had backfired',
    ],
  },
  {
    id: 'aj-09',
    body: 'Protesters chanted slogans against the government outside parliament. Police fired tear gas to disperse the crowd.',
    q: [],
  },
];

/** The text of a quote without its edge punctuation or an opening "that". */
const bare = (s: string): string =>
  s.replace(/^[\s"“”'‘’,.:;]+|[\s"“”'‘’,.:;]+$/g, '').replace(/^that\s+/, '');

const specsOf = (ents = ''): EntitySpec[] =>
  ents
    .split(';')
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x, i) => {
      const [name, ...more] = x.slice(2).split('|');
      const type = x[0] === 'P' ? 'person' : x[0] === 'O' ? 'organization' : 'place';
      return { id: `e${i}`, name, type, forms: [name, ...more].sort((a, b) => b.length - a.length) };
    });

/** Every quote who-said-what lists, read back in the template's notation. */
function readBack(t: Template): string[] {
  const specs = specsOf(t.ents);
  const { quotes } = findQuotesMarked(t.body, specs);
  const { mentions, entities } = markEntities(t.body, specs);
  const attributions = findAttributions(t.body, mentions, entities).attributions;
  const wanted = t.q.map((e) => e.split('|'));
  return quotes.map((q) => {
    const want = wanted.find((w) => bare(w.slice(3).join('|')) === bare(q.text));
    let speaker = q.speaker ?? '-';
    // Somebody unnamed: the source phrase as written (who-said-what may give a label of it, or nothing).
    if (want?.[1].startsWith('~') && q.speakerEntity === null) {
      const a = attributions.find((x) => x.start === q.start || (x.start <= q.start && x.end >= q.end - 1));
      // ("who" is the source as PolNeAR marks it; the phrase it stands for is its antecedent.)
      const src = a?.antecedent ?? a?.source;
      speaker = `~${src ? t.body.slice(src.start, src.end) : ''}`;
    }
    const content = want ? want.slice(3).join('|') : q.text;
    return `${q.kind[0]}|${speaker}|${q.via ?? '-'}|${content}`;
  });
}

describe('genre templates: court, sports, business, science, interviews, seed outlets', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    expect(readBack(t).sort()).toEqual([...t.q].sort());
  });
});

describe('a group word before the noun it modifies (crime and court copy)', () => {
  const sources = (body: string): (string | null)[] =>
    findAttributions(body, [], []).attributions.map(
      (a) => a.source && body.slice(a.source.start, a.source.end),
    );
  it('leaves that noun the head of the source: "according to a police report", "a police affidavit"', () => {
    expect(sources('Officers found drugs in the car, according to a police report.')).toEqual([
      'a police report',
    ]);
    expect(
      sources('According to a police affidavit, officers found 3 kilograms of cocaine in the car.'),
    ).toEqual(['a police affidavit']);
  });
});

describe('where the readings fixed above stop (genre31)', () => {
  const contents = (body: string): string[] => findAttributions(body, [], []).attributions.map((a) => a.text);
  it('keeps a channel that belongs to a reported clause: "said ISIS has mentioned Trump on social media"', () => {
    expect(contents('He said ISIS has mentioned Trump on social media.')).toContain(
      'ISIS has mentioned Trump on social media',
    );
  });
  it('gives "who" an antecedent only when the phrase before it names people', () => {
    const antecedent = (body: string): string | null => {
      const a = findAttributions(body, [], []).attributions.find((x) => x.antecedent);
      return a?.antecedent ? body.slice(a.antecedent.start, a.antecedent.end) : null;
    };
    expect(antecedent('The money came from a retired general who said the war was lost.')).toBe(
      'a retired general',
    );
    expect(
      antecedent('He spoke to a Democrat familiar with the discussion, who said the deal was close.'),
    ).toBeNull();
    expect(
      antecedent('Donors from around the country who said they had given twice were refunded.'),
    ).toBeNull();
  });
  it('does not take "the former president" for a person opening a sentence that names another', () => {
    const body =
      'Jeb Bush brought his older brother, George W. Bush, to the rally in Charleston. "Labels are for soup cans," the former president told the crowd.';
    const { quotes } = findQuotesMarked(body, [
      { id: 'e0', name: 'Jeb Bush', type: 'person', forms: ['Jeb Bush'] },
      { id: 'e1', name: 'George W. Bush', type: 'person', forms: ['George W. Bush'] },
      { id: 'e2', name: 'Charleston', type: 'place', forms: ['Charleston'] },
    ]);
    expect(quotes.map((q) => q.speaker)).not.toContain('Jeb Bush');
  });
});
