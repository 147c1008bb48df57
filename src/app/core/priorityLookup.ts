// Which impact and urgency give a priority under the base system's priority lookup (impact x urgency, 1 = High):
//   impact\urgency  1  2  3
//   1               1  2  3
//   2               2  3  4
//   3               3  4  5
// One pair per priority, the most impactful one: 1 = 1/1, 2 = 1/2, 3 = 2/2, 4 = 2/3, 5 = 3/3. The instance's own
// lookup (the calculatePriority rule or a data lookup) then derives the priority from them, so the record stays
// consistent with the instance's rules; where an instance has no such rule, the priority is also set directly.

export interface ImpactUrgency {
  impact: string;
  urgency: string;
}

var PAIRS: { [priority: string]: ImpactUrgency } = {
  '1': { impact: '1', urgency: '1' },
  '2': { impact: '1', urgency: '2' },
  '3': { impact: '2', urgency: '2' },
  '4': { impact: '2', urgency: '3' },
  '5': { impact: '3', urgency: '3' },
};

/** null for anything but 1..5 */
export function impactUrgencyFor(priority: string): ImpactUrgency | null {
  return Object.prototype.hasOwnProperty.call(PAIRS, priority) ? { impact: PAIRS[priority].impact, urgency: PAIRS[priority].urgency } : null;
}
