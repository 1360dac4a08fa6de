package org.scm.mapping.history;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the action of the revision an operation writes (e.g. {@code "proposal submitted"}). Every
 * operation that changes audited data in a request carries it; a revision written without one
 * fails, so no change is ever recorded under a made-up name.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RecordedAs {

    @Nonbinding
    String value() default "";
}
