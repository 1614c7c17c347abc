import { Decider } from '../shared/decider';
import { DomainRuleCode } from '../shared/domain-rule-codes';
import { DomainRuleViolation, ViolationKind } from '../shared/domain-rule-violation';

/**
 * Given / when / then for deciders:
 * `spec.given([events]).when(command).then([events])` or `.thenThrows('rule-code')`.
 */
export function deciderSpec<State, Command, Event>(decider: Decider<State, Command, Event>) {
  return {
    given(events: readonly Event[]) {
      return {
        when(command: Command) {
          const run = (): Event[] => decider.decide(command, events.reduce(decider.evolve, decider.initialState()));
          return {
            then(expected: readonly Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenThrows(rule: DomainRuleCode, kind: ViolationKind = 'rule'): DomainRuleViolation {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(DomainRuleViolation);
              const violation = thrown as DomainRuleViolation;
              expect({ rule: violation.rule, kind: violation.kind }).toEqual({ rule, kind });
              expect(violation.message.length).toBeGreaterThan(0);
              return violation;
            },
          };
        },
      };
    },
  };
}
