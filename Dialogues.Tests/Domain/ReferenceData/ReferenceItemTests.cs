using Dialogues.Domain.ReferenceData;
using Dialogues.Domain.Shared;

namespace Dialogues.Tests.Domain.ReferenceData;

public class ReferenceItemTests
{
    [Fact]
    public void Create_WithBothNames_KeepsThemTrimmed()
    {
        var area = PolicyArea.Create(BilingualName.Of("  Здравеопазване ", " Healthcare"), 2);

        Assert.Equal("Здравеопазване", area.Name.Bulgarian);
        Assert.Equal("Healthcare", area.Name.English);
        Assert.Equal(2, area.SortOrder);
        Assert.False(area.IsArchived);
    }

    [Theory]
    [InlineData("", "Healthcare")]
    [InlineData("Здравеопазване", "   ")]
    [InlineData(null, "Healthcare")]
    public void BilingualName_MissingEitherLanguage_IsRefused(string? bulgarian, string? english)
    {
        var error = Assert.Throws<DomainException>(() => BilingualName.Of(bulgarian, english));
        Assert.Equal(DomainErrors.NameRequired, error.Code);
    }

    [Fact]
    public void BilingualName_TooLong_IsRefused()
    {
        Assert.Throws<DomainException>(() => BilingualName.Of(new string('а', BilingualName.MaxLength + 1), "x"));
    }

    [Fact]
    public void In_English_GivesEnglishAndOtherwiseBulgarian()
    {
        var name = BilingualName.Of("Скравена", "Skravena");

        Assert.Equal("Skravena", name.In("en"));
        Assert.Equal("Скравена", name.In("bg"));
    }

    [Fact]
    public void Archive_ThenRestore_TogglesState()
    {
        var settlement = Settlement.Create(BilingualName.Of("Врачеш", "Vrachesh"), SettlementKind.Village, 3);

        settlement.Archive();
        Assert.True(settlement.IsArchived);
        settlement.Restore();
        Assert.False(settlement.IsArchived);
    }

    [Fact]
    public void Rename_ChangesNameAndOrder_KeepsId()
    {
        var department = Department.Create(BilingualName.Of("Дирекция А", "Directorate A"), 0);
        var id = department.Id;

        department.Rename(BilingualName.Of("Дирекция Б", "Directorate B"), 5);

        Assert.Equal(id, department.Id);
        Assert.Equal("Дирекция Б", department.Name.Bulgarian);
        Assert.Equal(5, department.SortOrder);
    }
}
