package vn.householdledger.web.ledger;

import jakarta.servlet.http.HttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The position in the event store of the signed-in person's latest write, kept in her session: every
 * read the pages make for her asks the query side for at least that position, so she sees what she saved.
 */
final class ReadPosition {

    private static final String ATTRIBUTE = ReadPosition.class.getName();

    private ReadPosition() {
    }

    static void wrote(long position) {
        HttpSession session = session(true);
        if (session != null) {
            Long known = (Long) session.getAttribute(ATTRIBUTE);
            if (known == null || known < position) {
                session.setAttribute(ATTRIBUTE, position);
            }
        }
    }

    /** The position to read at, or null when the person has written nothing in this session. */
    static Long toRead() {
        HttpSession session = session(false);
        return session == null ? null : (Long) session.getAttribute(ATTRIBUTE);
    }

    private static HttpSession session(boolean create) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes page
                ? page.getRequest().getSession(create) : null;
    }
}
