package dk.tovholder.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.tovholder.cluster.boundary.Cluster;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a session holds must survive being written to the data grid: every
 * field of a session- or view-scoped bean (but what CDI injects, which Weld
 * checks itself) is of a serialisable type, or of an interface whose values
 * the bean chooses (a List), with serialisable type arguments.
 */
class SessionStateTest {

    @Test
    void everySessionAndViewScopedBeanHoldsOnlySerialisableState() throws Exception {
        List<Class<?>> beans = beans();
        assertFalse(beans.size() < 15, "the pages' beans were found: " + beans);
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)
                            || field.isAnnotationPresent(Inject.class) || field.isSynthetic()) {
                        continue;
                    }
                    if (!serialisable(field.getGenericType())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + ": " + field.getGenericType());
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "state a session cannot carry to another node");
    }

    @Test
    void theCheckRefusesWhatCannotBeSerialised() {
        assertFalse(serialisable(Object.class));
        assertFalse(serialisable(Optional.class), "Optional is not Serializable");
        assertFalse(serialisable(new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {Thread.class};
            }

            @Override
            public Type getRawType() {
                return List.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        }), "a list of threads");
    }

    static boolean serialisable(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isPrimitive() || raw.isEnum() || Serializable.class.isAssignableFrom(raw)
                    || (raw.isInterface() && raw != Iterator.class)
                    || (raw.isArray() && serialisable(raw.getComponentType()));
        }
        if (type instanceof ParameterizedType parameterized) {
            return serialisable(parameterized.getRawType())
                    && Stream.of(parameterized.getActualTypeArguments()).allMatch(SessionStateTest::serialisable);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getUpperBounds()).allMatch(SessionStateTest::serialisable);
        }
        return true; // a type variable: checked where it is bound
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Cluster.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                if (name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
