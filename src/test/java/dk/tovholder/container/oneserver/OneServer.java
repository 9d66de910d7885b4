package dk.tovholder.container.oneserver;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * One Payara Micro for all the in-container test classes of a run. Payara Micro cannot take a
 * deployment while it runs, so its Arquillian adapter starts a server for each test class's
 * deployment and stops it after the class: eight classes, eight starts of half a minute. Every
 * class deploys the same archive ({@code Deployments.tovholder()}: the WAR plus all the
 * container tests), so the first class's server is kept for the next, and stopped with the
 * container at the end of the run.
 */
public final class OneServer implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.override(DeployableContainer.class, PayaraMicroDeployableContainer.class, SharedPayaraMicro.class);
    }

    /** The adapter, with a deployment that outlives its test class. */
    public static final class SharedPayaraMicro extends PayaraMicroDeployableContainer {

        private Archive<?> deployed;
        private ProtocolMetaData running;

        @Override
        public synchronized ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
            if (deployed == null) {
                running = super.deploy(archive);
                deployed = archive;
            } else if (!deployed.getName().equals(archive.getName())) {
                throw new DeploymentException("one server runs " + deployed.getName() + "; a test class asked for "
                        + archive.getName() + ": every in-container test deploys Deployments.tovholder()");
            }
            return running;
        }

        /** The server stays for the next test class; {@link #stop()} ends it. */
        @Override
        public void undeploy(Archive<?> archive) {
        }

        @Override
        public synchronized void stop() throws LifecycleException {
            if (deployed != null) {
                try {
                    super.undeploy(deployed);
                } catch (DeploymentException e) {
                    throw new LifecycleException("cannot stop the in-container tests' server", e);
                } finally {
                    deployed = null;
                    running = null;
                }
            }
            super.stop();
        }
    }
}
