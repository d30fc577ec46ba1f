const CUES = [
  /\bresponsibilit(y|ies)\b/i,
  /\b(minimum|basic|preferred|required) qualifications\b|\bqualifications\b/i,
  /\brequirements\b/i,
  /\b\d+\+? years\b.{0,40}\bexperience\b/i,
  /\bwhat you('ll| will) (do|bring)|\babout the (role|job|team)\b|\bin this role\b/i,
  /\b(apply|application)\b/i,
  /\b(benefits|compensation|salary|pay range)\b/i,
  /\bequal (employment )?opportunity\b/i,
  /\b(full[- ]time|part[- ]time|contract|remote|hybrid)\b/i,
  /\byou will\b|\byou'll\b/i,
  /\b(nice to have|bonus points|preferred)\b/i,
];

/** Whether a text reads like a job posting: at least `min` distinct cues (responsibilities, qualifications, apply...). */
export function hasJobCues(text: string, min = 3): boolean {
  let n = 0;
  for (const cue of CUES) if (cue.test(text) && ++n >= min) return true;
  return false;
}
