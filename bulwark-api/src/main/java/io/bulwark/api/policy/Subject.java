package io.bulwark.api.policy;

/** An RBAC subject in a match block: kind User, Group or ServiceAccount. */
public record Subject(String kind, String name, String namespace, String apiGroup) {}
