package dk.tovholder.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API lives under {@code /api}; every resource requires a login (web.xml). */
@ApplicationPath("api")
public class RestApplication extends Application {
}
