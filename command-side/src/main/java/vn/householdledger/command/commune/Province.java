package vn.householdledger.command.commune;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.householdledger.events.commune.ProvinceRegistered;

/** A province (tỉnh, thành phố trực thuộc trung ương) above communes: registered once ({@link CommuneUniqueness}). */
@Aggregate
public class Province {

    @AggregateIdentifier
    private String provinceId;

    protected Province() {
    }

    /** One stream per province, apart from the communes' streams, whose codes may be the same. */
    public static String idOf(String code) {
        return "province-" + code;
    }

    @CommandHandler
    public Province(RegisterProvince command) {
        apply(new ProvinceRegistered(command.code(), command.name(), command.officialCode(), command.registeredOn()));
    }

    @EventSourcingHandler
    void on(ProvinceRegistered event) {
        provinceId = idOf(event.code());
    }
}
