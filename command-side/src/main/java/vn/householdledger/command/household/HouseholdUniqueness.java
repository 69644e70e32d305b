package vn.householdledger.command.household;

import java.util.UUID;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.events.household.Member;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.i18n.Phrase;

/**
 * The rules that span households, checked before the {@link Household} is loaded, against the lookups
 * {@link HouseholdLookups} records: a household code belongs to one household, and a national id to a
 * member of one open household at most. That a national id is held twice within one household is the
 * household's own rule. A command that passes here together with another is refused by the lookup
 * tables' keys when its events are stored, with the same code.
 */
@Component
public class HouseholdUniqueness implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final HouseholdRegistry registry;

    public HouseholdUniqueness(HouseholdRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        if (command instanceof RegisterHousehold registration) {
            check(registration);
        } else if (command instanceof AddMember joining) {
            requireFree(joining.member(), joining.householdId());
        }
        return chain.proceed();
    }

    private void check(RegisterHousehold registration) {
        if (registry.holderOfCode(registration.code()).isPresent()) {
            throw codeInUse(registration.code());
        }
        if (registry.placementOf(registration.householdId()).isPresent()) {
            // Registered under another code: a household has one code, for ever.
            throw new RuleViolation(RuleCode.DUPLICATE_CODE, Phrase.of("rule.DUPLICATE_CODE.householdId", registration.householdId()), null);
        }
        registration.members().forEach(member -> requireFree(member, registration.householdId()));
    }

    private void requireFree(Member member, UUID householdId) {
        if (member.nationalId() != null
                && registry.holderOfNationalId(member.nationalId()).filter(holder -> !holder.equals(householdId)).isPresent()) {
            throw nationalIdHeld(member.nationalId());
        }
    }

    static RuleViolation codeInUse(String code) {
        return new RuleViolation(RuleCode.DUPLICATE_CODE, code);
    }

    static RuleViolation nationalIdHeld(String nationalId) {
        return new RuleViolation(RuleCode.DUPLICATE_NATIONAL_ID, nationalId);
    }
}
