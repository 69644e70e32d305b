package vn.householdledger.command.dispatch;

/** A command that names the aggregate (event stream) it goes to. */
public interface AddressedCommand {

    String aggregateId();
}
