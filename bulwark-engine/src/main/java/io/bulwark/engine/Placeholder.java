package io.bulwark.engine;
record Placeholder(String s) {}
