using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace CorpusGen.Tests.Infrastructure;

/// <summary>
/// Walks an object graph through its fields (auto-property backing fields included) looking for compiler objects.
/// Fields rather than properties: getters may compute, allocate or throw (a default ImmutableArray's enumerator does),
/// while fields are exactly what the value keeps alive.
/// </summary>
internal static class ObjectGraph
{
    private const int MaxDepth = 64;

    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    /// <summary>"path: type" of the first Compilation, ISymbol, SyntaxNode or SyntaxTree found, or null.</summary>
    public static string? FindCompilerObject(object? root) =>
        Find(root, "value", 0, new HashSet<object>(ReferenceEqualityComparer.Instance));

    private static string? Find(object? node, string path, int depth, HashSet<object> visited)
    {
        if (node is null || depth > MaxDepth || IsLeaf(node.GetType()))
        {
            return null;
        }

        if (node is Compilation or ISymbol or SyntaxNode or SyntaxTree)
        {
            return $"{path}: {node.GetType().FullName}";
        }

        // Boxed structs are fresh copies each time and cannot form cycles; only reference identities are remembered.
        if (!node.GetType().IsValueType && !visited.Add(node))
        {
            return null;
        }

        if (node is Array array)
        {
            if (IsLeaf(array.GetType().GetElementType()!))
            {
                return null;
            }

            var index = 0;
            foreach (var element in array)
            {
                if (Find(element, $"{path}[{index++}]", depth + 1, visited) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        for (var type = node.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(InstanceFields))
            {
                if (Find(field.GetValue(node), $"{path}.{field.Name}", depth + 1, visited) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    // Types that cannot lead to a compiler object; reflection objects are skipped because they lead into the runtime's caches.
    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer
        || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan) || type == typeof(Guid)
        || typeof(MemberInfo).IsAssignableFrom(type) || typeof(Module).IsAssignableFrom(type) || typeof(Assembly).IsAssignableFrom(type);
}
