/**
 * The admission webhook: AdmissionReview JSON in, AdmissionReview JSON out. {@link
 * io.bulwark.admission.AdmissionHandler} is the one function every path is built from (validate,
 * mutate, policyvalidate), wrapped by decorators for the failure policy, metrics and logs; {@link
 * io.bulwark.admission.WebhookServer} puts the handlers on HTTPS routes and {@link
 * io.bulwark.admission.Webhook} wires everything together. Policies come from {@code policy},
 * certificates from {@code tls}, Prometheus metrics from {@code metrics}.
 *
 * <p>Depends on the engine and the API model only; no Kubernetes client (cluster mode adds that).
 */
package io.bulwark.admission;
