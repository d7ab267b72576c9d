// Hand-made articles in house styles the seeds and PolNeAR do not show, written for the quote tests (not
// copied from any outlet). Each keeps the habits of its style: quotation marks, attribution order, channels.

/** British broadsheet style: single quotation marks, "told the BBC", a quote running over two paragraphs. */
export const britishStrike = `Rail union leaders have rejected the government's latest pay offer, warning that walkouts planned for next week will go ahead.

Mick Lynch, the general secretary of the RMT, said the offer was 'nowhere near good enough' and accused ministers of dragging their feet.

'Our members have been patient for two years, and they have been taken for granted at every turn,' he told the BBC on Sunday. 'Nobody wants to strike in the middle of winter.

'But when the employers refuse to negotiate in good faith, we are left with no choice at all.'

The Transport Secretary, Mark Harper, insisted the offer was 'fair and reasonable' and urged the union to put it to its members.

'The public have had enough of this disruption,' the Transport Secretary said. 'It is time for the RMT to let its members decide.'

A spokesperson for Network Rail said services would be reduced to about a fifth of the usual timetable on strike days.`;

/** Wire style: dateline and agency, "said in a statement", a channel agency, an anonymous official. */
export const wireSanctions = `WASHINGTON, March 4 (Reuters) - The United States on Tuesday imposed sanctions on three shipping companies accused of helping Iran sell oil abroad, the Treasury Department said.

"These companies have moved hundreds of millions of dollars of Iranian oil in violation of our sanctions, and today's action will make that much harder," Treasury Secretary Janet Yellen said in a statement.

The companies, registered in the United Arab Emirates and Hong Kong, did not immediately respond to requests for comment.

Iran's Foreign Ministry condemned the measures as "illegal and unjust," the semi-official Tasnim news agency reported.

A senior administration official, speaking on condition of anonymity, said further designations were being prepared and could come within weeks.`;

/** European English-language style: guillemets, a role phrase for the speaker, two women named in turn. */
export const europeanSummit = `BRUSSELS — European leaders failed on Friday to agree on a common plan for migrant arrivals after a summit that ran late into the night.

Italian Prime Minister Giorgia Meloni called the outcome «a missed opportunity for the whole Union». «Italy cannot be left alone to manage the arrivals on its shores,» she told reporters after the talks.

European Commission President Ursula von der Leyen took a more hopeful view. «We have narrowed our differences, and I am confident we will close the remaining gaps in the coming weeks,» she said.

The Italian leader is expected to raise the issue again at the next summit in December.`;

/**
 * US local-news style: a defence lawyer whose first name no list knows, whom "she" reveals as a woman before a
 * "he said" that is her client's; lower-case titles before an inverted name; a platform after "on"; a survey by a
 * researcher of a university; "they" after a state's name; what people want and try, which is not what they say; a police force named by its county.
 */
export const courtPlea = `A Buffalo man admitted on Monday that he had threatened to kill a county judge, prosecutors announced.

Renata Okafor, the man's attorney, told reporters that her client never meant to hurt anyone.

"Dale Pruitt regrets every word of those messages," she said in an email. "He is getting the help he needs."

Two deputies were hurt in a scuffle at the courthouse last week, the Erie County police said in a statement.

Pruitt was arrested in May over a voicemail he left at the courthouse, in which he said the judge would "pay for every ruling."

"Threats against judges are threats against every citizen who relies on the courts," says longtime court watcher Ellen Marsh.

Ellen Marsh, however, decided to weigh in on the dispute on Monday, saying the county had waited too long. While Marsh wants the state to pay for new metal detectors, the county has tried to hire more officers since the spring.

Then, on Tuesday, the Court Officers Union posted on Twitter accusing the county of leaving courtrooms unguarded.

According to a 2021 survey by Tomas Reyes of the University of Oregon, fewer than half of county courthouses screen visitors for weapons.

Lawmakers met on Wednesday to discuss courthouse security. They seem intent on avoiding the fight Albany picked with its judges last year. However, they said they don’t expect to act before the budget is passed.`;

export const STYLES = { britishStrike, wireSanctions, europeanSummit, courtPlea };
