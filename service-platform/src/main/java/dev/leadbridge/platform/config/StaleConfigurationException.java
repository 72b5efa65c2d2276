package dev.leadbridge.platform.config;

/**
 * A change was based on a version that is no longer in force ({@code If-Match} named another): somebody published
 * meanwhile, and publishing over them would silently undo their change.
 */
public class StaleConfigurationException extends RuntimeException {

    public StaleConfigurationException(String what, int inForce) {
        super(capitalised(what) + " is at version " + inForce + " now, not the version If-Match names; read it again "
                + "and publish over that");
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
