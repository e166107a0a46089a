using System.Linq.Expressions;
using KixWorks.Domain.Common;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KixWorks.Data.Tenancy;

/// <summary>Relationships between a gemeente's own rows. The foreign key is (MunicipalityId, ParentId) and points at
/// the parent's alternate key (MunicipalityId, Id), so the database itself refuses a child whose parent belongs to
/// another gemeente, whatever the handler forgot to check. It is also the shape a PostgreSQL sharded by gemeente needs.</summary>
internal static class SameMunicipality
{
    public const string ParentKey = "Id";

    /// <summary>The child belongs to one parent of its own gemeente; many children per parent.</summary>
    public static ReferenceCollectionBuilder<TParent, TChild> HasParentInSameMunicipality<TChild, TParent>(
        this EntityTypeBuilder<TChild> child, Expression<Func<TChild, Guid>> parentId)
        where TChild : class, ITenantOwned
        where TParent : class, ITenantOwned =>
        child.HasOne<TParent>().WithMany()
            .HasForeignKey(nameof(ITenantOwned.MunicipalityId), PropertyName(parentId))
            .HasPrincipalKey(nameof(ITenantOwned.MunicipalityId), ParentKey);

    /// <summary>The child is the one companion row of a parent of its own gemeente.</summary>
    public static ReferenceReferenceBuilder<TChild, TParent> HasOwnerInSameMunicipality<TChild, TParent>(
        this EntityTypeBuilder<TChild> child, Expression<Func<TChild, Guid>> parentId)
        where TChild : class, ITenantOwned
        where TParent : class, ITenantOwned =>
        child.HasOne<TParent>().WithOne()
            .HasForeignKey<TChild>(nameof(ITenantOwned.MunicipalityId), PropertyName(parentId))
            .HasPrincipalKey<TParent>(nameof(ITenantOwned.MunicipalityId), ParentKey);

    private static string PropertyName<T>(Expression<Func<T, Guid>> property) =>
        property.Body is MemberExpression member ? member.Member.Name : throw new ArgumentException("Give a property, e.g. c => c.ParticipantId.", nameof(property));
}
