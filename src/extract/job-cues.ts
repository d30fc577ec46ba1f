const CUES = [
  /\bresponsibilit(y|ies)\b/i,
  /\b(minimum|basic|preferred|required) qualifications\b|\bqualifications\b/i,
  /\brequirements\b/i,
  /\b(\d+\+?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen) (or more )?years\b.{0,40}\b(experience|of)\b/i,
  /\bwhat you('ll| will) (do|bring)|\babout the (role|job|team)\b|\bin this role\b/i,
  /\b(apply|application)\b/i,
  /\b(benefits|compensation|salary|pay range|401\(?k\)?|paid (time off|leave)|dental)\b/i,
  /\bequal (employment )?opportunity\b/i,
  /\b(full[- ]time|part[- ]time|contract|remote|hybrid)\b/i,
  /\byou will\b|\byou'll\b/i,
  /\b(what we('re| are) looking for|who you are|about you|your profile|you have|you bring|you('ll| will) need)\b/i,
  /\b(nice to have|bonus points|preferred)\b/i,
];

/** Whether a text reads like a job posting: at least `min` distinct cues (responsibilities, qualifications, apply...). */
export function hasJobCues(text: string, min = 3): boolean {
  let n = 0;
  for (const cue of CUES) if (cue.test(text) && ++n >= min) return true;
  return false;
}
