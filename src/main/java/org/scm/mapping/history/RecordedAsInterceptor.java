package org.scm.mapping.history;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Hands the action named by {@link RecordedAs} to the request's {@link PendingRevision}. */
@RecordedAs
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class RecordedAsInterceptor {

    @Inject
    PendingRevision pendingRevision;

    @AroundInvoke
    Object record(InvocationContext invocation) throws Exception {
        RecordedAs recordedAs = invocation.getMethod().getAnnotation(RecordedAs.class);
        if (recordedAs == null) {
            recordedAs = invocation.getMethod().getDeclaringClass().getAnnotation(RecordedAs.class);
        }
        pendingRevision.record(recordedAs.value());
        return invocation.proceed();
    }
}
