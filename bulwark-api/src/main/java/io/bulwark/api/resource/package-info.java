/**
 * Facts about Kubernetes resource types that policy checks and front ends share, such as which
 * kinds live outside namespaces. No cluster access: the tables cover built-in and well-known
 * kinds. Depends on nothing but the JDK.
 */
package io.bulwark.api.resource;
