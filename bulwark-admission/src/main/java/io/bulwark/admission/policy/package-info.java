/**
 * Where the webhook's policies come from: a {@link io.bulwark.admission.policy.PolicySet} is one
 * immutable snapshot, sorted for admission; {@link io.bulwark.admission.policy.PolicyDirectory}
 * loads a directory and reloads changed files, keeping the last good version of a file that
 * became invalid; {@link io.bulwark.admission.policy.SeedPolicies} are the bundled seed
 * scenario. Uses the API module's loader; nothing here evaluates policies.
 */
package io.bulwark.admission.policy;
