// Words that carry no topic, for deciding whether a reply touches what was asked.
export const stopwords = new Set(`a an the and or but if so to of in on at by for from with about as into over after before
i me my we us our you your he she it they them his her its their this that these those there here what which who whom
is are was were be been being am do does did have has had will would can could shall should may might must
please pls thanks thank kindly let know just also all any some more most very really quite get got send sent
share give tell check look see find make take need want like could possible able when where how why whether
hi hello dear regards best cheers ok okay yes no not can't don't won't i'll we'll i'm it's that's today tomorrow
monday tuesday wednesday thursday friday saturday sunday week next this end day eod asap soon time back again
one two three first last then than now up out down off well much many per via re fw fwd`.split(/\s+/));
