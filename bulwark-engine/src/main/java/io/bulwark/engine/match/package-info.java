/**
 * Whether a rule's {@code match}/{@code exclude} blocks select a request, as Kyverno's
 * {@code MatchesResourceDescription} decides it: {@link io.bulwark.engine.match.RuleMatcher} (the
 * entry point, returning a {@link io.bulwark.engine.match.MatchResult} with Kyverno's reason
 * text), {@link io.bulwark.engine.match.KindSelector} for {@code kinds} entries and {@link
 * io.bulwark.engine.match.LabelSelectorMatcher} for label selectors. Pure functions over the policy
 * model and JSON trees; depends on the request and wildcard packages only, no I/O.
 */
package io.bulwark.engine.match;
