package io.bulwark.api;
record Placeholder(String s) {}
