package io.bulwark.cli;
public class BulwarkMain { public static void main(String[] a) { System.out.println("hi " + Runtime.version()); } }
