package vn.householdledger.command.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.householdledger.api.household.MemberRequest;
import vn.householdledger.api.imports.ImportColumn;
import vn.householdledger.api.imports.ImportOutcome;
import vn.householdledger.api.problem.RuleCode;
import vn.householdledger.command.household.AssessHousehold;
import vn.householdledger.command.household.HouseholdRegistry;
import vn.householdledger.command.household.RegisterHousehold;
import vn.householdledger.platform.problem.InvalidInput;
import vn.householdledger.platform.problem.RuleViolation;

/**
 * Brings one household of a list in: its rows read as the contract's requests and checked as the API checks
 * them, then its registration and its last recognised review sent through the commands as one
 * {@link HouseholdUnit} (a dry run rolled back), so that every rule is the aggregate's own and a household
 * stands whole or not at all. When the registration is refused for a code the ledger holds, the household is
 * {@code UNCHANGED} if the file says what the ledger holds ({@link OnRecord}), and refused otherwise.
 */
@Component
public class HouseholdImport {

    private static final Logger log = LoggerFactory.getLogger(HouseholdImport.class);

    /** What became of a household: its outcome, the household in the ledger, and why each refused row was refused. */
    record Result(HouseholdRows rows, ImportOutcome outcome, UUID householdId, String reason, Map<Integer, String> rowReasons) {

        static Result refused(HouseholdRows rows, String reason, Map<Integer, String> rowReasons) {
            Map<Integer, String> reasons = new LinkedHashMap<>();
            for (TableRow row : rows.rows()) {
                String own = rowReasons.get(row.number());
                reasons.put(row.number(), own != null ? own : "cùng hộ " + (rows.code() == null ? "" : rows.code() + " ")
                        + "với dòng bị từ chối: " + reason);
            }
            return new Result(rows, ImportOutcome.REFUSED, null, reason, reasons);
        }

        static Result refused(HouseholdRows rows, String reason) {
            return refused(rows, reason, Map.of());
        }
    }

    private final HouseholdUnit unit;
    private final HouseholdRegistry registry;
    private final EventStore events;
    private final Validator validator;

    public HouseholdImport(HouseholdUnit unit, HouseholdRegistry registry, EventStore events, Validator validator) {
        this.unit = unit;
        this.registry = registry;
        this.events = events;
        this.validator = validator;
    }

    Result bring(ImportContext context, HouseholdRows rows) {
        Result fileSays = whatTheFileSaysTwice(context, rows);
        if (fileSays != null) {
            return fileSays;
        }
        HouseholdReading.Read read = new HouseholdReading(context.header(), context.communeCode()).read(rows);
        if (!read.problems().isEmpty()) {
            String first = read.problems().values().iterator().next();
            return Result.refused(rows, first, read.problems());
        }
        Map<Integer, String> invalid = invalid(read);
        if (!invalid.isEmpty()) {
            return Result.refused(rows, invalid.values().iterator().next(), invalid);
        }
        UUID householdId = UUID.randomUUID();
        RegisterHousehold registration = RegisterHousehold.of(householdId, read.registration(), read.registration().registeredOn());
        AssessHousehold assessment = AssessHousehold.of(householdId, read.assessment());
        try {
            unit.send(List.of(registration, assessment), context.metadata(), !context.dryRun());
            return new Result(rows, ImportOutcome.ACCEPTED, context.dryRun() ? null : householdId, null, Map.of());
        } catch (RuntimeException e) {
            RuntimeException refusal = refusal(e);
            if (refusal instanceof RuleViolation rule && rule.code() == RuleCode.DUPLICATE_CODE) {
                // The code is held (before the import, or since by the same file sent twice at once): compared with what it holds.
                Optional<UUID> held = registry.holderOfCode(registration.code());
                if (held.isPresent()) {
                    return compared(context, read, held.get(), registration, assessment);
                }
            }
            return refused(read, refusal);
        }
    }

    /** A code whose rows are apart, or a national id another household of the file gives too. */
    private static Result whatTheFileSaysTwice(ImportContext context, HouseholdRows rows) {
        if (rows.code() != null && context.survey().splits(rows.code())) {
            return Result.refused(rows, "các dòng của hộ " + rows.code() + " không liền nhau trong tệp: hãy để các dòng của một hộ liền nhau");
        }
        Map<Integer, String> shared = new LinkedHashMap<>();
        for (TableRow row : rows.rows()) {
            String id = NationalIds.normal(row.cell(context.header().indexOf(ImportColumn.NATIONAL_ID)));
            Set<String> others = id == null ? Set.of() : context.survey().othersHolding(id, rows.code());
            if (!others.isEmpty()) {
                shared.put(row.number(), "số định danh " + id + " cũng có ở hộ " + String.join(", ", others) + " trong tệp");
            }
        }
        return shared.isEmpty() ? null : Result.refused(rows, shared.values().iterator().next(), shared);
    }

    /** The contract's constraints, as the API checks a request, by the row each concerns. */
    private Map<Integer, String> invalid(HouseholdReading.Read read) {
        Map<Integer, String> reasons = new LinkedHashMap<>();
        for (ConstraintViolation<?> violation : validator.validate(read.registration())) {
            String path = violation.getPropertyPath().toString();
            int row = path.startsWith("members[") ? read.rowOfMember(Integer.parseInt(path.substring(8, path.indexOf(']'))))
                    : read.headsRow();
            reasons.merge(row, RefusalReasons.of(violation), (a, b) -> a + "; " + b);
        }
        for (ConstraintViolation<?> violation : validator.validate(read.assessment())) {
            reasons.merge(read.headsRow(), RefusalReasons.of(violation), (a, b) -> a + "; " + b);
        }
        return reasons;
    }

    private Result compared(ImportContext context, HouseholdReading.Read read, UUID held, RegisterHousehold registration,
                            AssessHousehold assessment) {
        OnRecord record = OnRecord.read(events, held);
        if (!record.in(context.communeCode())) {
            return Result.refused(read.rows(), "mã hộ " + registration.code() + " đã được dùng cho một hộ của xã/phường khác");
        }
        List<String> differences = record.differencesFrom(registration, assessment);
        if (differences.isEmpty()) {
            return new Result(read.rows(), ImportOutcome.UNCHANGED, held, null, Map.of());
        }
        return Result.refused(read.rows(), "mã hộ " + registration.code() + " đã có trong sổ, khác ở: " + String.join("; ", differences)
                + " (thay đổi phải ghi bằng nghiệp vụ riêng, không nhập lại)");
    }

    /** A refusal of the commands, by the row it concerns when it names a member's. */
    private static Result refused(HouseholdReading.Read read, RuntimeException refusal) {
        if (refusal instanceof RuleViolation rule) {
            String reason = RefusalReasons.of(rule);
            Map<Integer, String> rows = new LinkedHashMap<>();
            if (rule.code() == RuleCode.DUPLICATE_NATIONAL_ID) {
                List<MemberRequest> members = read.registration().members();
                for (int i = 0; i < members.size(); i++) {
                    String id = members.get(i).nationalId();
                    if (id != null && rule.getMessage().contains(id)) {
                        rows.put(read.rowOfMember(i), reason + " (" + id + ")");
                    }
                }
            }
            return Result.refused(read.rows(), reason, rows);
        }
        if (refusal instanceof InvalidInput invalid) {
            String reason = RefusalReasons.of(invalid.errors().get(0));
            return Result.refused(read.rows(), reason, Map.of(read.headsRow(), reason));
        }
        log.error("Import of household {} (rows {}–{}) failed unexpectedly", read.registration().code(), read.rows().firstRow(),
                read.rows().lastRow(), refusal);
        return Result.refused(read.rows(), "không ghi được vì một lỗi của hệ thống (đã ghi vào nhật ký); hãy gửi lại các dòng này sau");
    }

    /** What a command refused with, inside the wrappings of Axon's dispatch and commit. */
    private static RuntimeException refusal(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation || t instanceof InvalidInput) {
                return (RuntimeException) t;
            }
            if (t instanceof CommandExecutionException && t.getCause() == null) {
                break;
            }
        }
        return e;
    }
}
