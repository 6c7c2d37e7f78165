/** PolicyExceptions: which ones exempt a rule for a request ({@link io.bulwark.engine.exception.ExceptionMatcher}). */
package io.bulwark.engine.exception;
