// An immutable list with value equality, so that model records compare by content
// (a model read back from its own JSON equals the original).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using BriefingKit.Json.Internal;

namespace BriefingKit;

/// <summary>
/// An immutable, ordered list that compares equal to another list with the same items in the same order.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[JsonConverter(typeof(ValueListJsonConverterFactory))]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "ValueList<T>.Empty and From follow ImmutableArray<T>.Empty; ValueList.ToValueList() is the non-generic way in.")]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    private ValueList(ImmutableArray<T> items) => _items = items;

    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> From(IEnumerable<T> items)
    {
        if (items is null) throw new ArgumentNullException(nameof(items));
        if (items is ValueList<T> list) return list;
        var array = items.ToImmutableArray();
        return array.IsEmpty ? Empty : new ValueList<T>(array);
    }

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.SequenceEqual(other._items));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in _items) hash = (hash * 31) + (item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item));
            return hash;
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", _items)}]";

    /// <summary>Converts an array to a list.</summary>
    /// <param name="items">The items.</param>
    public static implicit operator ValueList<T>(T[] items) => From(items ?? Array.Empty<T>());
}

/// <summary>Factory methods for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> ToValueList<T>(this IEnumerable<T> items) => ValueList<T>.From(items);
}
