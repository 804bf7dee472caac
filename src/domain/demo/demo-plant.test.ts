import { describe, expect, it } from 'vitest';
import { complaintInputSchema } from '../complaint/schema';
import { GRADES } from '../workflow/assessment';
import { COMPLAINT_STATUSES } from '../workflow/statuses';
import { DISCIPLINES } from '../eightd/schema';
import { REQUEST_STATUSES } from '../returns/status';
import { PERSON_ROLES } from '../org/org';
import { applyTransition, type TransitionRequest } from '../workflow/status-machine';
import { demoPlant } from './demo-plant';

const NOW = new Date('2026-12-02T08:00:00Z');
const plant = demoPlant(300, NOW.getTime());

describe('the demo plant', () => {
  it('is deterministic', () => {
    expect(demoPlant(300, NOW.getTime())).toEqual(plant);
  });

  it('has people in every role', () => {
    expect(new Set(plant.people.map((p) => p.role))).toEqual(new Set(PERSON_ROLES));
  });

  it('has every status, grade, 8D discipline and return stage', () => {
    expect(new Set(plant.cases.map((c) => c.status))).toEqual(new Set(COMPLAINT_STATUSES));
    expect(new Set(plant.cases.flatMap((c) => (c.assessment ? [c.assessment.grade] : [])))).toEqual(new Set(GRADES));
    expect(new Set(plant.cases.flatMap((c) => (c.eightD ? [c.eightD] : [])))).toEqual(new Set([...DISCIPLINES, 'done']));
    expect(new Set(plant.cases.flatMap((c) => (c.returnStage ? [c.returnStage] : [])))).toEqual(new Set(REQUEST_STATUSES));
  });

  it('has slipped deadlines with reasons, follow-ups with satisfaction, and open cases old enough to be overdue', () => {
    expect(plant.cases.filter((c) => c.slip?.reason).length).toBeGreaterThan(5);
    expect(plant.cases.filter((c) => c.followUp).every((c) => c.followUp!.satisfaction >= 1 && c.followUp!.satisfaction <= 5)).toBe(true);
    const weekAgo = NOW.getTime() - 7 * 86_400_000;
    expect(plant.cases.filter((c) => c.status !== 'closed' && c.status !== 'rejected' && Date.parse(c.input.receivedAt) < weekAgo).length).toBeGreaterThan(5);
  });

  it('records valid complaints whose paths the status machine accepts', () => {
    const schema = complaintInputSchema(NOW);
    const actor = { id: 'p1', name: '张敏', isManager: false };
    for (const c of plant.cases) {
      expect(schema.safeParse(c.input).success).toBe(true);
      let state: (typeof COMPLAINT_STATUSES)[number] = 'new';
      for (const step of c.steps) {
        if (step.to === 'closed' && state === 'replied' && c.followUp) {
          expect(c.followUp.afterHours).toBeLessThan(step.afterHours);
          state = 'followUp';
        }
        const at = new Date(Date.parse(c.input.receivedAt) + step.afterHours * 3_600_000).toISOString();
        const request: TransitionRequest = {
          to: step.to, note: step.note, rejectionReason: step.rejectionReason,
          eightD: { d4Done: true, d5Done: true },
          assessment: c.assessment ? { category: c.assessment.category, grade: c.assessment.grade, department: 'd', ownerId: 'p' } : undefined,
          reply: step.reply && { ...step.reply, sentAt: at },
          satisfaction: step.to === 'closed' ? c.followUp?.satisfaction : undefined,
        };
        const r = applyTransition(state, request, actor, at);
        if (!r.ok) throw new Error(`${c.status}: ${state}→${step.to} ${r.errors.join()}`);
        state = r.next;
      }
      // A follow-up moves a replied case on: to follow-up, or back open when the customer is unsatisfied.
      if (c.followUp) state = c.followUp.satisfaction <= 3 ? 'reopened' : state === 'replied' ? 'followUp' : state;
      expect(state).toBe(c.status);
    }
  });
});
