package org.scm.mapping.platform;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Two edits of the same version raced and this one lost: the same answer as a stale If-Match (412);
 * the transaction has been rolled back, so nothing of it was stored.
 */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return ProblemResponses.of(
                412,
                "Precondition Failed",
                "Someone changed this at the same moment; reload it and apply your edit again.");
    }
}
