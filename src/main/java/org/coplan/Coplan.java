package org.coplan;

public final class Coplan {
    public static void main(String[] args) {}
}
