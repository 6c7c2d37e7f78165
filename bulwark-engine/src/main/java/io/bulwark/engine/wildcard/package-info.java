/** Kyverno's {@code *}/{@code ?} wildcard matching, used by patterns, match blocks and conditions. */
package io.bulwark.engine.wildcard;
