package dev.leadbridge.platform.security;

/** The JWT roles of the public contract (API.md); a token's subject is the rep (or user) id. */
public final class Roles {

    public static final String REP = "rep";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final String OPS = "ops";
    public static final String MARKETING = "marketing";

    private Roles() {
    }
}
