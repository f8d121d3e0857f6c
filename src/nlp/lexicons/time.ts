// Deadline words: the vague ones a reader cannot plan around, and a cheap cue that a sentence may hold a date
// (chrono-node costs about 1 ms per call, so it only sees sentences that pass this test).
export const vagueDeadlines = [
  'asap', 'as soon as possible', 'as soon as i can', 'as soon as we can', 'soon', 'shortly', 'when i can',
  'when we can', 'when i get a chance', 'when i get the chance', 'when i have time', 'at some point', 'sometime',
  'some time', 'in a bit', 'in due course', 'later on', 'in the near future', 'one of these days',
  'when possible', 'whenever i can', 'at my earliest convenience', 'in a while', 'eventually', 'down the road',
  'before long', 'at a later date',
];
export const DATE_CUE = /(?<![\p{L}])(?:today|tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|week|weekend|month|eod|cob|eow|eom|noon|midnight|morning|afternoon|evening|end of (?:the )?(?:day|week|month)|close of business|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}\/\d{1,2}|\d{1,2}:\d{2}|\d{1,2}(?:st|nd|rd|th)|\d{4}-\d{2}-\d{2}|in (?:a|an|one|two|three|four|five|six|seven|\d+) (?:hours?|days?|weeks?|months?)|next|this (?:week|month)|hours?|minutes?)(?![\p{L}])/iu;
