package vn.householdledger.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.householdledger.platform.problem.InvalidInput;

/**
 * Query parameters go into SQL as text: one that PostgreSQL cannot store (U+0000, a broken
 * character) is refused as input rather than failing in the database.
 */
class StorableParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!StrictJsonModule.storable(parameter.getKey()) || value != null && !StrictJsonModule.storable(value)) {
                    throw new InvalidInput(parameter.getKey(), StrictJsonModule.UNSTORABLE);
                }
            }
        }
        return true;
    }
}
