package vn.householdledger.command.commune;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.platform.problem.RuleViolation;
import vn.householdledger.platform.i18n.Phrase;

/**
 * A commune's code, and a province's, is registered once: checked in the directory before a {@link Commune}
 * (or a {@link Province}) is created.
 * Two registrations of one code that pass together race for one event stream; the store refuses the
 * later, and its retry meets this check.
 */
@Component
public class CommuneUniqueness implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommuneDirectory directory;

    public CommuneUniqueness(CommuneDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        if (command instanceof RegisterCommune registration && directory.isRegistered(registration.code())) {
            throw new RuleViolation(RuleCode.DUPLICATE_CODE, Phrase.of("rule.DUPLICATE_CODE.commune", registration.code()), null);
        }
        if (command instanceof RegisterProvince registration && directory.isProvince(registration.code())) {
            throw new RuleViolation(RuleCode.DUPLICATE_CODE, Phrase.of("rule.DUPLICATE_CODE.province", registration.code()), null);
        }
        return chain.proceed();
    }
}
