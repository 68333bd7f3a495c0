package vn.health.servicekit.web;

/**
 * One thing wrong with a request, for the person who sent it.
 *
 * @param field path of the field, e.g. {@code requirements[0].dueDate}
 * @param message Vietnamese text for the console's users
 * @param messageEn the same in English, for integrators and operators
 */
public record FieldProblem(String field, String message, String messageEn) {

}
