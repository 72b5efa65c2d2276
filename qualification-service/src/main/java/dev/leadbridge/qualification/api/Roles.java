package dev.leadbridge.qualification.api;

/** The JWT roles of the public contract (API.md). */
public final class Roles {

    public static final String REP = "rep";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final String OPS = "ops";
    public static final String MARKETING = "marketing";

    private Roles() {
    }
}
