/**
 * Kyverno's autogen for Pod controllers (autogen v1, {@code ComputeRules}): {@link
 * io.bulwark.engine.autogen.Autogen} turns a policy's Pod rules into extra rules for DaemonSet,
 * Deployment, Job, StatefulSet, ReplicaSet, ReplicationController and CronJob, by rewriting rule
 * JSON trees and re-typing them with the API module's parser. Pure functions; caches nothing (the
 * caller may cache per policy). Depends on the policy model, its parser and the match package.
 */
package io.bulwark.engine.autogen;
