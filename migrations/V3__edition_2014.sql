-- V3: seed of edition 2014 of the mapping.
-- Source: "Migration in the International System", reference document of the XIV South American
-- Conference on Migration (Lima, Peru, 16-17 October 2014), IOM as SCM Technical Secretariat
-- (shared/seed/000_2a2522889328b55a.txt): organizations profiled in sections 3 and 4, the 29 issues
-- and the involvement matrix of section 6 "Annexes" (also in src/test/resources/annex-2014.csv).
-- Texts are the document's own (footnote markers removed, footnotes kept in notes); matrix cells
-- and issue titles are reproduced exactly as printed, including the ones that look doubtful.
-- The whole seed is one Envers revision (action 'edition 2014 import'); revtype 0 = ADD.

insert into revision (id, rev_timestamp, actor_username, actor_country, action, reason)
values (nextval('revision_seq'), 1413417600000, 'system', null, 'edition 2014 import',
        'Seed of the 2014 reference document (XIV SCM, Lima, 16-17 October 2014)');

-- Organizations, in the document's order (section 3, then section 4).
insert into organization (code, name, acronym_es, category, founding_year, mandate, migration_involvement, notes,
                          matrix_position, matrix_label) values
-- UNHCR
('UNHCR', 'United Nations High Commissioner for Refugees', null, 'UN_AGENCY', 1950,
$t$The United Nations High Commissioner for Refugees, created in 1950, aims at international protection, assistance and provision of durable solutions to the refugees worldwide. It acts as guardian of the 1951 Convention on the Refugee Status and the 1967 Protocol on such statute. Its mandate has been extended by the General Assembly and presently includes the protection to stateless persons, as well as responses to emergencies and the impact upon the environment and the climate change, jointly with other agencies and under certain circumstances. The UNHCR has offices in 110 countries.$t$,
$t$The UNHCR has developed salient doctrinal aspects of the relationship between migration and international protection. The Declaration of Cartagena (1984) expanded the definition of refugee set out in the 1951 Convention and included persons who flee their country (...) *because their life, security or freedom have been threatened by generalized violence, foreign aggression, domestic conflicts, massive violations of human rights or other circumstances which have seriously disturbed public order*. Since 2006 it has emphasized the existence of mixed flows with the coexistence of asylum seekers and refugees, victims of trafficking, stranded migrants, persons who escape from violence and vulnerable groups as pregnant women, girls, boys and adolescents and aged persons. The Mexico Declaration and Plan of Action to Strengthen the International Protection of Refugees in Latin America (2007) recognized the existence of mixed migration movements, which can include persons in need of international protection who should be identified.

The UNHCR ten-point Plan of Action (2007) on mixed migration movements identifies strategic areas to which actions should be directed to respond to mixed migrations in the countries of origin, transit and destination. To this effect, regional meetings were organized with governments and other partners between 2008 and 2009.

Thereafter, the UNHCR has emphasized the support to the design of practical tools to develop migration strategies which take into account the international protection. A compilation of such tools was submitted in 2011 under the title 'The 10-Point Plan in Action'. Furthermore, the UNHCR actively cooperates with IOM in the return of migrants, assistance to displaced persons and in response to emergencies.

At present, the UNHCR promotes the 'Cartagena+30' commemorative process, aimed to foster the adoption of a new strategic framework by governments of the region, bolster protection and durable solutions for refugees, stateless and internally displaced persons and other vulnerable groups.$t$,
$t$12. The 2009 UNHCR-OAS-IOM Conference on the Protection of Refugees and Migration in the Americas agreed on recommendations for the protection of mixed migration flows.$t$,
1, 'UNHCR'),
-- World Bank
('WB', 'World Bank', null, 'UN_AGENCY', 1944,
$t$The central objective of The World Bank (WB), created in 1944 as a source of financial and technical assistance, is the combat against poverty by means of low interest loans, credits without interest at bank level and economic support to developing nations.$t$,
$t$In the last decade, WB's involvement in the migration issue has grown, with a focus on the determinants of migration, the impact of migration and remittances on development, the migration of qualified human resources, the temporary mobility and the relationship between direct investment and migration and social security.

The issue of remittances occupies a central place in WB activities, starting with the systematic data collection. The *Migration and Remittances Factbook* offers information on remittances and other topics in 210 countries and 15 sub-regional groups. The programme of remittances includes support to reduce transaction costs, improve the transfer systems, link remittances to saving and investment products, develop micro-finances and diaspora bonds, etc. To these ends, the WB has implemented technical assistance projects in many countries of Africa and Asia. Since 2008, it chairs the Working Group on International Remittances created at a request of the G8, which develops various programmes in the same line. It publishes an annual report on Costs of Remittances with world extents.

The World Bank has produced and published several studies on qualified diaspora and movement of talents. In 2010, with the support of the Government of Switzerland, it established the Global Knowledge Partnership on Migration and Development, a structure that centralizes information, analyses and experiences. This body gathers experts from all the world distributed in 12 thematic groups in which all the agencies of the Global Migration Group take part.$t$,
$t$13. The World Bank and MIF are commonly called the Bretton Woods organizations due to the site agreement that set them up at the end of World War II.

14. The World Bank Group comprises the International Bank for Reconstruction and Development (1945), the International Financial Corporation (1956), the International Centre for Settlement of Investment Disputes (1966) and the Multilateral Investment Guarantee Agency (1988).

15. In 2010 the WB, along with the EU, the African Development Bank and IOM assisted the African Union to establish the African Institute of Remittances and later, the creation of the Programme of African Remittances.$t$,
2, 'WB'),
-- UN Regional Commissions
('UN-RC', 'United Nations Regional Commissions', null, 'UN_DEPARTMENT_OR_COMMISSION', 1948,
$t$The Regional Commission for Africa, West Asia, Pacific Asia, Latin America and the Caribbean and Europe, established in 1948, is mandated to give support to ECOSOC (UN Economic and Social Council), promote economic and social development through cooperation, analysis and dissemination of information, advice to governments and the development of regional or sub-regional technical cooperation programmes.$t$,
$t$Between 2009 and 2012, the Regional Commissions developed with DESA a project titled 'Strengthening national capacities to manage migration; Maximizing benefits and minimizing negative impacts'. Within the framework of this Project, seven regional workshops were held and diverse preparatory documents were produced in each region. In our region, the study *International Migration in LAC: new trends, new approaches* was prepared. The Regional Commissions also contributed to the Informal Thematic Debate on Migration and Development at UN General Assembly in 2008.

Since its creation, the Economic Commission for Latin America and the Caribbean (ECLAC) has made major contributions to perspectives and strategies for regional development. In the last sessions, with the participation of all the governments of the region, important conceptual documents were approved, such as 'Time for equality: closing gaps, opening trails' (2010), 'Structural changes for equality' (2012) and 'Pacts for Equality' (2014). Besides headquarters in Santiago, it has subsidiary offices in Mexico and Port Spain, and other 4 national offices in South America.

ECLAC's body dealing with migration issues is CELADE, the Latin American and Caribbean Demographic Centre. Formally created in 1971 as ECLAC Population Division for teaching activities, research and advice to countries in the region, in recent years it has channelled increasing efforts to the migration issue. Beside about fifteen documents on national subjects, in 2008 CELADE published the document 'International migration, development and human rights in LAC' and in 2011, 'Old and new inputs in the estimates of international migration in LAC'.

Jointly with IOM and the Ibero-American General Secretariat, CELADE organized the first Ibero-American Forum on Migration and Development (2008, Cuenca, Ecuador) and the second Forum in San Salvador (2011). Moreover, between 2008 and 2010 it implemented a project on Gender Equality, Reproductive Rights and Respect for Cultural Diversity in LAC, a part of UNFPA's regional initiative which included studies in five border areas of the region. Also with IOM, it implemented the first statistical compendium on migration between ECLAC countries and the European Union, which was presented at the First ECLAC-EU Summit of Chiefs of State (Santiago, 2013).$t$,
$t$16. The final report was titled 'International migration from a regional and inter-regional perspective. Main conclusions, messages and recommendations'.

17. Actually, the background dates back a 1957 Agreement between UN and the Government of Chile on the Provision of Technical Assistance to establish a Latin American Demographic Centre.

18. Its technical assistance in population census matters has been important.

19. Argentina-Bolivia, Ecuador-Colombia, Costa Rica-Nicaragua, Guatemala-Mexico and Haiti-Dominican Republic.$t$,
3, 'REG COMMISS.'),
-- Department of Economic and Social Affairs
('DESA', 'United Nations Department of Economic and Social Affairs', null, 'UN_DEPARTMENT_OR_COMMISSION', 1948,
$t$The United Nations Department of Economic and Social Affairs (DESA), with headquarters in New York and created in 1948, acts as the secretariat to the development pillar, encompassing a multiplicity of aspects of social development, sustainable development, population and statistics. It provides technical support to the work of ECOSOC (United Nations Economic and Social Council) and the Second (Economic and Financial) and Third (Humanitarian, Social and Cultural) Councils of the General Assembly.$t$,
$t$The DESA has assisted in the preparation of the General Assembly's Reports on Migration and Development, submitted to the GA in 2008, 2010 and 2011. Since 2006 it has produced the UN Migration Database, with data from more than 200 countries. In 2009 DESA prepared the Report 'Trends in the International Migrant Stock', updated in 2011 with data on gender and age, and in 2012 with breakdowns by origin and destination. It makes projections on the net migration in 230 countries, which are gathered up by the Report on World Population Perspectives.

The DESA organizes the annual meetings of the Commission on Population and Development, one of ECOSOC permanent commissions. Since 2006, three Commission sessions have been dedicated to migration issues; the most recent in 2013. It is foreseen that in 2014 the Commission will analyse the implementation of the Plan of Action of the International Conference on Population and Development (Cairo) of 1994.$t$,
$t$20. Biannually, the Second Committee analyses the migration topics under the item 'Globalization and Interdependence'.

21. The last dates back 2010 and a review is about to be published.$t$,
4, 'DESA'),
-- FAO
('FAO', 'United Nations Food and Agriculture Organization', null, 'UN_AGENCY', 1948,
$t$The United Nations Food and Agriculture Organization, created in 1948, conducts international activities intended to eradicate hunger and guarantee food safety, acts as an international forum to negotiate agreements and discuss policies, help developing countries and countries in transition to modernize and improve their agriculture, forestry and fishing activities to ensure adequate nutrition and is the source of knowledge and information on the matters under its wide mandate.$t$,
$t$FAO's involvement in the migration issue is built on the interest in rural mobility and migrants' participation in the production of food and fishery, though its activities have so far centred on the development of knowledge and the identification of good practices.

Thus, in 2006 and 2007 it organized workshops on the relationship between the agricultural activity and migration and in 2013, on the impact of droughts. In 2012 it produced two documents on voluntary guidelines on the management of soils, fisheries and forestry, and in 2013 a study on migration, agricultural development and food safety in 15 countries (among others, Ecuador and Peru). A study on the evaluation of climate change impacts enabled to establish in 2011, MOSAICC, a tool with patterns to analyse the effects of the above changes.$t$,
'22. In replacement of the International Institute of Agriculture, created in 1905.',
5, 'FAO'),
-- IFAD
('IFAD', 'International Fund for Agricultural Development', null, 'UN_AGENCY', 1976,
$t$The International Fund for Agricultural Development (IFAD), created in 1976, is an international financial institution and technical agency aimed to promote the economic progress of poor populations in rural areas. Its interest in migration is based on the close relationship between migration and rural poverty and its vision of the role that remittances can play in the well-being of families and rural areas.$t$,
$t$As a result of the experience accrued in the co-execution of a remittance programme in LAC with IDB, IFAD established in 2006 the Financing Facility for Remittances, which is supported by the World Bank, IDB, the European Union and the governments of Spain and Luxemburg. The Facility has a three-pronged approach: projects, partnerships and sensitization. Until 2013, under the co-financing modality, it supported more than 50 innovative projects in about 40 countries. In 2013, the IFAD, along with the European Union and the Universal Postal Union, launched the Project Postal Financial Services in Africa, with a view to promoting the postal services which can channel remittances.

Since 2008 IFAD has released the yearly informative series 'Sending money home'. Between 2008 and 2012, it also produced a series of studies on market and the impact of remittances in Africa and Asia.$t$,
$t$23. In 2011 IFAD published a report on the five-year' experience of the Facility.$t$,
6, 'IFAD'),
-- ICAO
('ICAO', 'International Civil Aviation Organization', null, 'UN_AGENCY', 1944,
$t$The International Civil Aviation Organization (ICAO), also called the International Civil Aeronautics Organization, was created in 1944 to study the problems of international civil aviation and promote regulations and norms unique to aeronautics, dealing with safety and efficiency problems and environmental impacts. Its links with migration are related to the search for travel document security and effective airport controls, providing assistance to governments and developing technical norms. In LAC, its regional offices are located in Lima and Mexico.$t$,
$t$In 2006, ICAO started to assist governments in mechanic-reading techniques and organized bi-annual seminars on biometrics and entry controls. In 2012, the yearly symposium on MRTD (Machine Readable Travel Document) introduced the human dimension of travel documents and identification management to provide assistance in development and humanitarian operations. In 2013, ICAO approved a strategy for a new Programme on Travellers Identification, which provides for an integral model of individual identification.$t$,
$t$24. ICAO designed the CNS/ATM (Communication, Navigation, Surveillance / Air Traffic Management), a communication, navigation and surveillance macro-system employing digital technologies and including satellite systems. In 1983 it created the FANS Committee (Committee on future air navigation systems), charged with the study of avionics conditions and air traffic management needed to develop the operational systems which can respond to the new demands.$t$,
8, 'ICAO'),
-- UNOHCHR
('OHCHR', 'United Nations Office of the High Commissioner for Human Rights', null, 'UN_DEPARTMENT_OR_COMMISSION', 1993,
$t$The United Nations Office of the High Commissioner for Human Rights (UNOHCHR), established in 1993, is mandated to foster human rights, democracy and development; create national structures to such end; support the codification of rights and implementation thereof; support human rights organizations and monitor the compliance with treaties; adopt measures against violations of rights and give technical assistance to governments. In LAC, it has sub-regional offices in Chile and Panama and national offices in Bolivia, Colombia, Guatemala and Mexico.$t$,
$t$Besides training and technical assistance activities in the field, the UNOHCHR has produced the publication *Working with UN Human Rights Programmes: A Handbook for Civil Society* (second edition of 2008) and a *Guide for Public Officials on the Human Rights of Migrants* (2012).

The Office has also elaborated a series of recommendations, e.g. those presented on the Migrants Day in recent years, as the document *'Respecting the human rights of persons moving beyond their status'* (2009) and a report for ECOSOC on the economic, social and cultural rights of migrants (2010).

Moreover, it organized with the Government of Mexico an International Meeting on the Protection of the Rights of Children in the context of International Migration (2008) and an expert meeting on Human Rights at International Borders: Exploring the Weaknesses in Policy and Practice (Geneva 2012). The UNOHCHR has also developed an active dialogue with the mechanisms in charge of supervising human rights treaties, as the Committee on Migrant Workers and the Committee on the Rights of the Child.$t$,
$t$25. The Committee on the Protection of the Rights of all Migrant Workers and the Members of their Families (CMW), usually known as the Committee on Migrant Workers, is tasked with monitoring the compliance with the Convention, the article 73 of which provides for the obligation of State Parties to submit an initial report on measures adopted to enforce the dispositions of the Convention, and periodic reports every five years.$t$,
9, 'UNOHCHR'),
-- The Special Rapporteur on the Human Rights of Migrants
('SR-HRM', 'Special Rapporteur on the Human Rights of Migrants', null, 'UN_MECHANISM', 1999,
$t$Although it is not a body but a mechanism, the work of the Special Rapporteur deserves special attention. The mandate of the Special Rapporteur on Human Rights was created in 1999 by the so-called UN Human Rights Commission. In 2008, the Human Rights Council reviewed and perfected its mandates and extended their validity.

The Special Rapporteur's mandate comprises all countries, whether or not they have ratified the International Convention on the Protection of the Rights of all Migrant Workers. It constitutes the series of 'special procedures', mechanisms established by the Human Rights Council to face actual national situations or thematic issues worldwide.

To adopt the necessary measures, the Special Rapporteur does not require the exhaustion of internal resources. When the facts in question come within the sphere of application of more than one of the mandates set up by the Commission, the Special Rapporteur can turn to other thematic mechanisms and Country Rapporteurs to send joint communications or engage in joint missions.

The primary functions of the Special Rapporteur are: a) Examine the necessary means to overcome the obstacles to the full and effective protection of migrants' human rights; b) Request and receive information from all pertinent sources, including the migrants themselves, on violations to the human rights of migrants and the members of their families; c) Formulate appropriate recommendations to prevent violations to the human rights of migrants; d) Promote effective application of the relevant international normative; e) Recommend applicable activities and measures at national, regional and international levels to eliminate the violations to the rights of migrants; f) Particularly emphasize the recommendations on practical solutions, defining optimal practices and actual international cooperation means; g) Report to the Council and General Assembly on an annual basis.$t$,
$t$From the early stages of its mandate, three Special Rapporteurs have carried out a number of visits to the countries and the consequent national reports. Yearly reports have also been elaborated for the Council (2012 report focused on the detention of migrants with irregular status), and for the General Assembly (migration and climate change, 2012).

The Special Rapporteur has also taken part in relevant international discussions, such as the Expert Meeting on Refugees and Asylum Seekers in Distress at Sea (UNHCR, Djibouti, 2011), UN Coordination Meetings on Migration and Development (New York, 2012 and 2013), Consultation on Human Rights at International Borders (UNOHCHR, Geneva, 2012) and the thematic discussion on violence against migrants and migrant workers (UN Commission on Crime Prevention and Criminal Justice, Vienna, 2013).$t$,
$t$26. The mandates on special procedures entrust the mandate holders with the examination, supervision, provision of advice and public information on human rights situations in specific countries or territories (mandates by country), or violations to the human rights at global level (thematic mandates).

27. Among others (chronologically), to the Republic of Korea, Indonesia, USA, Mexico, Guatemala, Romania, United Kingdom, Senegal, Japan, South Africa, Tunisia, Turkey, Italy and Greece.$t$,
10, 'SPECIAL RAPP. ON H. RIGHTS'),
-- ILO
('ILO', 'International Labour Organization', null, 'UN_AGENCY', 1919,
$t$The International Labour Office (ILO), created in 1919, is the oldest international organization in UN System. It is mandated to boost social justice and human and labour rights under three axes: promotion of labour norms and rights, creation of increasing employment opportunities and decent income, improvement of social security coverage for all and strengthening of tripartism and social rights. ILO's mandate is connected with two juridical instruments, Convention 87 on union freedom and the protection to unions, and 96 on union rights and collective bargaining, both of 1948. It is the sole international organization where the three sectors (governments, employers and workers) are involved. It has five offices in South America, but a higher number in Africa, Asia and Europe.$t$,
$t$ILO's involvement in the migration issue stands on its vision on international migration rights, the Agenda on Decent Work it has upheld since 1999 and the promotion of social dialogue on a tripartite basis. Hence, the attention to child work, forced work and trafficking with labour exploitation purposes fall within its scope. In 2011, ILO approved Convention 189 on domestic workers (or Convention on decent work for domestic workers), establishing labour norms for the above.

Since 1963, the Inter American Centre for Knowledge Development in Vocational Training (Cinterfor) articulates and coordinates a network of 65 public and private entities from 27 Latin American, Caribbean and African countries and Spain, dedicated to strengthening labour competencies. In the last decade, the recognition of capacities and skills and the re-training of labour migrants have been included in its agenda.

ILO technical assistance activities are based on its Multilateral Framework on Labour Migration (2005), the core of the 2004 Plan of Action, and the Handbook on Establishing Effective Labour Migration Policies (2006). It also promotes the ratification and compliance with its Convention 191 (1997) on private recruiting agencies. In 2010 it produced the concept document *International Labour Migration: A Rights-based Approach*. The Organization has an International Training Centre in Torino, Italy, which in 2011 inaugurated a Labour Migration Academy.

Between 2005 and 2009, ILO made significant contributions to the development of projects in the thematic window of Youth, Employment and Migration from the Millennium Development Goals Fund. It has also developed researches on scientific diaspora and development and migrant child labour.

In 2014, the Organization prepared a proposal on 'Equitable Migration: A programme for ILO', which was approved by its General Assembly. The same year it also released the document 'Decent Work and Youth in Latin America, 2013. Policies for action'.$t$,
$t$28. The first with 110 ratifications and the second with 124 in 2013.

29. In 2004, ILO International Labour Conference approved a Plan of Action for Migrant Workers aimed to protect their rights.

30. ILO International Programme for the Eradication of Child Work (IPEC) was launched in 1992, for progressive eradication of the child work. Presently, it is implemented in 88 countries and is IOM largest individual operational programme.

31. The Convention enters into force one year after the ratification by two countries, according to the standard procedure for ILO conventions.

32. As at 2013, ratified by 26 countries.

33. 14 inter-agency national projects were conducted by ILO.$t$,
12, 'ILO'),
-- IMO
('IMO', 'International Maritime Organization', null, 'UN_AGENCY', 1948,
$t$The International Maritime Organization (IMO), established in 1948, holds the mandate to adopt measures to improve the safety of international maritime transportation and prevent the contamination of seas by ships, address juridical matters (such as civil responsibility and indemnity), facilitate the international maritime traffic and update and homogenize legislations and norms.$t$,
$t$Therefore, its mandate includes incidents and rescues at sea and the transport of affected persons to safe places. Two IMO international instruments (the International Conventions for the Safety of Life at Sea and Maritime Search and Rescue) set up obligations for ships which are tracked by the Committees on Maritime Safety and Facilitation.

In 2009, as a result of serious problems stemming from the disembarkation and land processing of irregular immigrants in the Mediterranean, IMO Facilitation Committee elaborated some principles on administrative procedures for the landing of persons rescued at sea. In 2010, IMO GS proposed a regional memorandum of understanding in the Mediterranean to face a number of problems in a coordinated manner. After a regional meeting in Rome to discuss it, the memorandum is still under preparation.

IMO coordinates safe rescue and transport activities with UNHCR, UNOHCHR and IOM, as well as issues related to migrant smuggling with the UN and the UNODC Division for Ocean Affairs and the Law of the Sea/Legal Department.$t$,
$t$34. Although its first meeting took place in 1959.

35. IMO has promoted more than 50 conventions and protocols and nearly 500 codes and recommendations worldwide.$t$,
13, 'IMO'),
-- WMO
('WMO', 'World Meteorological Organization', null, 'UN_AGENCY', 1950,
$t$The World Meteorological Organization (WMO) was created in 1950 to address the behaviour of the land atmosphere, interaction with oceans, the resulting climate and distribution of water resources. Through its technical and scientific programmes, WMO helps to document the climate change and meteorological and hydrological risks, all migration-multiplying or accelerating factors.$t$,
$t$In 2012, the WMO established the Intergovernmental Council for Climate Services to implement a global framework for climate services. Actions on disaster risks are coordinated with UNDP, UNFPA and UN Office for Disaster Reduction. The World Conference on Disaster Reduction (Hyogo, Japan, 2005) approved a 2005-2015 Plan of Action. The WMO coordinates and promotes national hydrological and meteorological efforts to mitigate human and material losses and develop early warnings.$t$,
'36. Its predecessor, the International Meteorological Organization, was founded in 1873.',
14, 'WMO'),
-- WIPO
('WIPO', 'World Intellectual Property Organization', 'OMPI', 'UN_AGENCY', 1967,
$t$The World Intellectual Property Organization (WIPO), created in 1967, is a world forum on services, policies, cooperation and information on intellectual property, mandated to develop an international, balanced and effective system and permit innovation and creativity in the benefit of all. In 2007, WIPO adopted an Agenda for Development and established a Committee on Intellectual Development and Property.$t$,
$t$In 2011, a meeting of the above Committee analysed the issue of brain-drain and intellectual property, which at a first stage sought to examine the nationalities and residence of patent applicants and map the scientific, inventor and innovator flows. Presently, WIPO plans the organization of expert meetings to develop an agenda on intellectual property, migration and knowledge flows.$t$,
null,
15, 'OMPI'),
-- WHO
('WHO', 'World Health Organization', null, 'UN_AGENCY', 1948,
$t$The World Health Organization (WHO), established in 1948, is responsible for the leadership on world sanitary matters, set the agenda on health researches, articulate policy options based on evidence, provide technical support to countries and monitor the world sanitary trends.$t$,
$t$With a view to reducing the sanitary inequalities and protect global health, the WHO is committed to facilitate migrants a greater access to health and social services. The 2008 World Health Assembly (the supreme body of WHO) adopted a Resolution on Migrants Health. In 2010, together with IOM and the Government of Spain, WHO organized a World Consultation on Migrant Health in Madrid. The same year, the World Health Assembly adopted a World Code of Practices on the International Recruitment of Health Staff, which constitutes part of the Organization's efforts to bolster the national health systems.

WHO carries out multiple activities in the field as regards monitoring of migrants' health and international recruitment of health staff, as well as development and training of health staff sensitive to the needs and situation of migrants.$t$,
null,
16, 'WHO'),
-- PAHO
('PAHO', 'Pan American Health Organizations', null, 'UN_AGENCY', 1902,
$t$The Pan American Health Organizations (PAHO) is the body specialized in the health area in the Inter American System led by the Organization of American States (OAS). It has been affiliated to the World Health Organization since 1949, and likewise forms part of the United Nations system. With headquarters in Washington and offices in nearly all South American countries, it is dedicated to monitoring and coordinating policies which promote health and well-being in American countries.$t$,
$t$The PAHO has been involved in studies and discussions on qualified emigration in the health sector, especially nurses and hospital technicians, as well as the relationship between migration mobility and the transmission of infectious contagious diseases.$t$,
$t$37. Created in 1902 as International Health Office and called the Pan American Health Office in 1923, it changed to its present name in 1958, whereas its Secretariat keeps the name of Pan American Health Office.$t$,
null, null),
-- UNODC
('UNODC', 'United Nations Organization on Drugs and Crime', null, 'UN_AGENCY', 1997,
$t$The objective of the United Nations Organization on Drugs and Crime (UNODC), established in 1997, is the combat against drugs and transnational organized crime through three primary functions: investigating, persuading governments to enforce laws against crime and drugs and providing technical assistance to such governments. UNODC is the guardian of the UN Convention against Transnational Organized Crime and Complementary Protocols on Trafficking in Persons and Migrant Smuggling, all approved in Palermo, Italy, in 2000.$t$,
$t$UNODC strategy to combat trafficking and smuggling is based on 'the 4 Ps': prevention, prosecution, protection and partnership. Since 2006, it has worked with governments to implement and review legislations against the above evils and prepared 20 technical assistance tools, including model laws. It has also provided training to officials, and between 2006 and 2013 developed assistance for 68 countries, training more than 1,500 officials.

In 2007, the UN Inter-agency Coordination Group against Trafficking in Persons and UN Initiative to Combat Trafficking were created, both under UNODC coordination. In 2012, the Group produced a document on the International Legal Framework, which paved the way for financial support to NGOs for the protection of victims in 11 countries.

In 2010, UN Voluntary Fund for the Victims of Trafficking in Persons was created and entrusted to UNODC management. In 2011 the Organization developed the First Aid Kit for Trafficking and Tool to Assist Victims, reproducing audio messages in 40 languages. In 2012, following a mandate of the General Assembly, it published the first bi-annual report on trafficking in persons.$t$,
$t$38. As a result of the merge of UN Programme on the Drugs Control and the International Centre for Crime Prevention.

39. The Convention entered into force in 2009.

40. Based on the profiles of more than 55,000 victims and 50,000 traffickers identified in 132 countries.$t$,
17, 'UNODC'),
-- UN-WOMEN
('UN-WOMEN', 'United Nations Entity for Gender Equality and Empowerment of Women', null, 'UN_AGENCY', 2010,
$t$The UN body for Gender Equality and the Empowerment of the Woman, commonly known as UN-WOMEN, was created in 2010 and its objectives are the combat for gender equality and the empowerment of the woman, the promotion of standards and technical assistance at national and regional levels, as well as development and UN internal monitoring about responses to the above challenges. It has 27 offices worldwide, covering various countries at the same time, and a Latin America regional office located in Panama.$t$,
$t$UN-WOMEN migration-related activities cover a number of areas: a) Gather data, such as a study on gender, migration and development in Latin America (2008) and another on care chains in 8 Latin American countries and Spain (2012); b) Mainstream the gender perspective in national development strategies, in cooperation with IOM and UNPD; c) Boost legal reforms and improvements in migration management with gender and rights visions, sometimes jointly with IOM as well; d) Strengthen migrant women organizations, including domestic workers; e) Develop analytical studies and policy proposals, particularly referring to the Convention on the Elimination of all Forms of Discrimination against the Woman (CEDAW, approved in 1999); f) Promote policies, norms and standards in collaboration with UNOHCHR, IOM, ILO and the civil society, supporting the Commission on the Status of the Woman in the sessions between 2011 and 2013 and achieving approval of a General Assembly resolution on the violence against female migrant workers (2011).$t$,
$t$41. Merging the Division for the Advancement of Women (DAW), the International Research and Training Institute for the Advancement of Women (INSTRAW), the Office of the Special Adviser in Gender Issues (OSAGI) and United Nations Development Fund for Women (UNIFEM).

42. UNIFEM, which merged with UN-WOMEN, developed a comprehensive and solid work with CEDAW Committee.

43. An ECOSOC functional commission created in 1946, the mandate of which was widened in 1987 and since 1996 holds annual meetings.$t$,
18, 'UN WOMEN'),
-- UNAIDS
('UNAIDS', 'UN Programme on HIV-AIDS', null, 'INTER_AGENCY_GROUP', 1996,
$t$UN Programme on HIV-AIDS, commonly known as UNAIDS, was created in 1996 and is mandated to strengthen and uphold an extensive response to prevent HIV transmission, provide assistance and support, reduce the vulnerability of individuals and communities to HIV/AIDS, help persons affected by AIDS and the members of their families and mitigate the impact of the disease under the slogan 'Zero new infections, zero discrimination and zero AIDS-related deaths'.$t$,
$t$UNAIDS is co-sponsored by 11 agencies (UNHCR, WB, WHO, UNODC, UN-Women, ILO, UNPD, WFP, UNESCO, UNICEF and UNFPA) and mobilizes political, technical and financial resources to combat the epidemic. It has worked with the UNHCR in the attention to refugees and with ILO in the labour migrants area. From its outset, UNAIDS has promoted national and sub-regional programmes with migrant populations including information and sensitization, education, prevention and access to services, considering that the specific vulnerabilities of migrants increase their exposure to HIV.

In 2008 it established the Task Force on HIV-related Travel Restrictions. In 2013, 44 countries still maintained the above restrictions.$t$,
null,
19, 'UNAIDS'),
-- HABITAT
('UN-HABITAT', 'United Nations Programme for Human Settlements', null, 'UN_AGENCY', 2001,
$t$The United Nations Programme for Human Settlements (HABITAT), established in 2001, is committed to promoting socially and environmentally sustainable towns and cities with a view to providing all individuals with adequate housing. The rapid urbanization experienced in the last two decades establishes a direct relationship with migration.$t$,
$t$In 2006, in association with the University of Venice, HABITAT published a pioneer study on International Migrants and Cities. In 2007, a special edition of its magazine was dedicated to the study 'Cities, magnets of hope: a look at global migration problems'. In 2010, it prepared the study 'Urban Indigenous Populations: Revision of policies, programmes and practices'. Between 2009 and 2011, jointly with UNESCO it developed several workshops, expert meetings and seminars on migrant and cities; both organizations produced a leaflet titled 'Creating better cities for migrants. Urban policies and practices for more inclusive cities'. In 2011, along with IOM and UNESCO, HABITAT promoted a discussion on Climate Change, Environment Degradation and Migrants as Actors of Adaption in a session of the Conference of the Parties in Durban. The yearly report 'State of the World's Cities' has presented urban migration as a key challenge of the present century. Over the recent years, HABITAT and IOM have been organizing a High Level Panel parallel to the General Assembly, which addresses international migration and cities related matters.$t$,
$t$44. The present Programme started in the 1970s as the Habitat Foundation, linked to the UNEP. In 1976, UN First Conference on Human Settlements (Habitat I) transformed it into UN Centre for Human Settlements with headquarters in Nairobi, Kenya. In 2001, the Regional Office was established in Rio de Janeiro and nowadays HABITAT has offices in 4 South American countries.

45. In 2012, HABITAT and IOM signed a Memorandum of Understanding to cooperate in the above issues.$t$,
7, 'HABITAT'),
-- WFP
('WFP', 'World Food Programme', null, 'UN_AGENCY', 1962,
$t$The World Food Programme (WFP), established in 1962, distributes food to support development projects, refugees and displaced persons, as well as emergency food in the case of natural or provoked disasters.$t$,
$t$At present, the development projects constitute less than 20% of WFP programmes, due to the demand for emergency aid and aid for displaced persons. The WFP exclusively works with food and money donations. The agency provides the necessary logistic support to transport food to the persons who need it most, at the precise time and in the most suitable places.

The WFP advocates to put the issue of hunger at the top of the international agenda and also promotes policies, strategies and operations directly benefitting the poor and people suffering hunger. It has an important logistic power and operates a transport network larger than any other humanitarian organization's; at any given time, it has an average of 30 ships, 5,000 trucks and 80 aircrafts transporting food worldwide.$t$,
null,
null, null),
-- UNPD
('UNDP', 'United Nations Programme for Development', null, 'UN_AGENCY', 1965,
$t$The mandate of the United Nations Programme for Development (UNPD), created in 1965, involves the issues of democratic governance, poverty reduction, crisis prevention, energy, environment, information technologies, HIV-AIDS and the empowerment of the woman as a transversal subject. With offices in 177 countries (2013), it has just approved its 2014-2017 Strategic Plan, which does not include the migration issue explicitly.$t$,
$t$In 2009, the UNPD established the Initiative on International Migration and Development (IMD), with funds from the European Union. IMD supported approximately 50 civil society and local government projects in the 16 countries where the Project was implemented and European partners. Since 2012, an IMD second phase will seek a more precise territorial approach, enabling closer links between basic needs and local governments. To bolster inter-actions, the IMD has created an on-line practice community (M4DNet), whose website gathers 2,000 members and receives 5,000 visits every month.

Since 1999, the UNPD has been publishing the yearly Human Development World Report, the 2009 edition of which was dedicated to the issue of mobility and human development. Since that date, the UNPD has developed guidelines to link migrations with human development, which permitted the inclusion of the migration issue in 2 regional reports and 18 national reports on human development. Presently, the UNPD is working with IOM to formulate a World Migration Group's joint stance on migration in the Post-2015 Development Agenda.

Although the UNPD has not any mechanism to assess internally the involvement of field offices in migration issues, about 30 of them (16%) are considered to develop actions to mainstream migration in development strategies; jointly with IOM, promote the rights of migrants and the improvement of norms; support migrants' access to public services and in general, involve themselves in returns, reintegration and forced migration.

The UNPD chairs the United Nations Development Group (UNDG), created in 1997 as a result of UN reform, which comprises 32 agencies, funds, programmes and offices addressing development. The Group reports to the Secretary-General and the CEB (Chief Executives Board) on its activities and the System of Resident Coordinators.$t$,
$t$46. Overcoming barriers: Human Mobility and Development, UNPD, 2009.

47. The Resident Coordinator chairs the UN Country Teams, known as the Resident Coordinator System, composed of all UN agencies by country in more than 130 countries, aimed to joint coordination and action. This system was established in the middle of the 1990s.$t$,
20, 'UNPD'),
-- UNEP
('UNEP', 'United Nations Environment Programme', null, 'UN_AGENCY', 1972,
$t$The United Nations Environment Programme, established in 1972 with headquarters in Nairobi, Kenya, is a programme which coordinates activities regarding the environment and assists countries in the implementation of adequate environmental policies, fostering sustainable development, bolstering joint efforts and informing and training governments so that they can ameliorate the life in their countries without compromising future generations.

Its activities are financed through the UN Environment Fund, created in 1972 to such end, and cover a wide range of subjects, from the atmosphere and land eco-systems, the promotion of environmental sciences and the dissemination of relevant information, to the issuance of warnings and the capacity to respond to emergencies derived from environmental disasters.$t$,
$t$The resolution of conflicts generated by environmental causes and the problem of forced migration or displacements prompted by natural causes are increasingly important topics. In fact, the controversial term 'environmental refugees' was popularized after the publication in 1985, of a report with the same title elaborated by this body. Therefore, while it does not execute projects directly and consequently is not an assistance organization in the traditional sense, the UNEP also addresses humanitarian aid activities after natural or environmental catastrophes. It also provides services to forestry programmes and projects, as deforestation is often the cause and consequence of the displacement of persons.$t$,
'48. Following a recommendation from the World Conference on Human Development of that year.',
null, null),
-- UNCTAD
('UNCTAD', 'United Nations Conference on Trade and Development', null, 'UN_AGENCY', 1964,
$t$The United Nations Conference on Trade and Development (UNCTAD), established in 1964, is the focal point on an integrated approach to trade, sustainable development, investments, technology and finances. It provides a platform for the cooperation of public and private sectors through dialogue, research and policy analysis.$t$,
$t$In 2008 and 2010, UNCTAD organized two separate expert meetings in Geneva, the first on the contribution of migrants to development through trade and investments and the second, on the impact of remittances upon development. In 2012 it published a report on 'Maximizing the Impact of Remittances on Development' and in 2013, other on 'The Impact of Remittances on Poverty Reduction', including data about 77 developing countries. UNCTAD has particularly worked with the Least Developed Countries (the 48 poorest countries) in support of remittances and diaspora related matters.$t$,
null,
21, 'UNCTAD'),
-- UNESCO
('UNESCO', 'United Nations Organization for Education, Science and Culture', null, 'UN_AGENCY', 1945,
$t$The United Nations Organization for Education, Science and Communication (UNESCO), known as UNESCO, was founded in 1945 with the objective of contributing to peace, sustainable development and intercultural dialogue by means of education, science, culture and communications. It specially fosters dialogue among civilizations, cultures and countries and prioritizes the achievement of elementary education adapted to present needs. The cultural activities seek to safeguard the cultural patrimony through the stimulus to creation and creativity and the preservation of cultural entities and oral traditions, as well as the promotion of books and reading. In the information field, UNESCO bolsters the free movement of ideas by audio visual means, promotes press freedom and independence, pluralism and diversity in the information media. In South America, it has offices in Brasilia, Lima, Montevideo, Quito and Santiago.$t$,
$t$UNESCO's involvement in migration stems from its mandate on peace and diversity, emphasizing the human and social aspects of migration, its relationship with education (brain drain, movements of students and certification of qualifications) and the prevention of conflicts related to irregular migration or displacements for environmental reasons.

UNESCO 2010 Report on Science contained a detailed analysis of the impact of qualified migration upon research and technological development, and problems derived from the brain drain and their movements. The follow-up actions included some sub-regional programmes of virtual exchange. In 2011, UNESCO produced the first integral review on the climate change-migration relationship, with abundant experience and the outline of policies. Later, the Organization implemented two sub-regional projects on the topic in Sahel and the Aral Sea area (Central Asia).

On the basis of other pioneer work, 'Migration without Borders: Essays on the Free Movement of People' (2007), in 2008 UNESCO initiated with the United Nations University a Project on the free mobility of persons in regional integration process, which has just been completed.

The promotion of plurality, tolerance and cultural diversity have been significant working areas. UNESCO Assembly has approved two Conventions, the Universal Declaration on Cultural Diversity (2001) and the Convention on the Promotion and Protection of the Diversity of Cultural Expressions (2005). Since 2008 it has published two World Reports on Cultural Diversity, where migration has been given an important place. In 2010, UNESCO has started to publish the electronic magazine *Diversities*, as a platform for multidisciplinary study and research in the sphere of migration, multicultural policies and rights.$t$,
null,
22, 'UNESCO'),
-- UNFPA
('UNFPA', 'United Nations Population Fund', null, 'UN_AGENCY', 1969,
$t$The United Nations Population Fund (UNFPA, according to its original name), created in 1969, basically addresses the issues of population and reproductive health.$t$,
$t$In 2006, in cooperation with IOM, UNITAR and the MacArthur Foundation, UNFPA developed a programme of migration workshops and seminars for officials from Permanent Missions in New York. It also provided technical and material support for the elaboration of 4 migration profiles in Africa, in the framework of ACP Observatory. (Asia-Caribbean-Pacific). Moreover, it carried out trainings on migration issues in East Europe and Asia, in coordination with the Regional Commissions in those regions. The Fund has a solid experience and technical assistance capacities in the design, preparation and processing of national population censuses.

In 2008, the Fund produced a memorandum on policy revision, instructing its offices to increase their involvement in migration matters in the frameworks of demography and reproductive health. In LAC, the Fund has promoted the inclusion of women and young migrants in the agenda of sexual and reproductive health, in cooperation with CELADE, IOM, the Spanish Cooperation, PAHO and the Ibero-American General Secretariat.

Its 2014-2017 Strategic Plan has three axes: advances in the incomplete agenda approved in Cairo in 1994, the promotion of progress in reproductive health and rights and the combat against maternal mortality; the work on rights, equality in demographic developments and gender equality. Demography issues include urbanization, migrations and aging.$t$,
$t$49. Initially created as the United Nations Fund for Population Activities, UNFPA.

50. The Observatory is led by IOM with the support of UNHCR, ILO, UNPD and the EU.$t$,
23, 'UNFPA'),
-- UNICEF
('UNICEF', $t$United Nations Children's Fund$t$, null, 'UN_AGENCY', 1946,
$t$The United Nations Children's Fund (UNICEF), created in 1946 and with offices in more than 80 countries (2013), seeks to protect children, ensure that their basic needs are covered and expand their opportunities. It is the guardian of the Convention on the Rights of the Child (1989).$t$,
$t$In 2006, UNICEF started researches on the social impact of migration and remittances upon the rights and wellbeing of the children left behind in their countries of origin after their parents' emigration. In 2008, jointly with ILO, it initiated in Albania and Ecuador the first detailed survey on the above topics, which was presented in 2009. The methodology served for later studies in El Salvador, Morocco and Philippines. In 2010, it prepared and launched a study on Migration, Development and Children Left Behind: A Multidimensional Perspective.

Thereafter, UNICEF has worked with different agencies to address in several countries the challenges posed by the migration cycle to migrant children, particularly unaccompanied children and children in irregular situation. In 2011, together with the University of Lanus, Argentina, it produced the Database on Human Rights, Childhood and Migration, compiling conclusions, observations and recommendations made by the Human Rights Committee and other protection instances and organizations in the last decade. The same year, it presented a report on the Rights of Adolescents, Gender and Migration: Challenges for Policy Makers.

Jointly with UNHCR and IOM, UNICEF has constituted a tripartite working group to bolster the protection of unaccompanied children in mixed migration flows, with guidelines which feed national actions.$t$,
null,
24, 'UNICEF'),
-- UNITAR
('UNITAR', 'United Nations Institute for Training and Research', null, 'UN_AGENCY', 1965,
$t$The United Nations Institute for Training and Research (UNITAR) was established in 1965 to improve the Organization's effectiveness by means of training and research. The Institute is funded by voluntary contributions from governments, inter-governmental organizations, foundations and other non-governmental sources. Its headquarters are located in Geneva, Switzerland, though it has offices in New York and Hiroshima.$t$,
$t$In 2006 in New York, UNITAR began to organize a series of seminars on migration and development together with IOM and UNFPA. Since 2007, also with IOM, it has been organizing the Course on International Migration Law, held in San Remo, Italy, every year. This one-week course is directed to governmental officials, experts and civil society leaders. In 2012, UNITAR launched a training platform on human mobility, combining face to face activities with on-line education. The platform is expected to reach a wider public of officials and other actors dealing with migration.$t$,
null,
25, 'UNITAR'),
-- UPU
('UPU', 'Universal Postal Union', null, 'UN_AGENCY', 1948,
$t$The Universal Postal Union (UPU), created in 1948, is aimed to strengthen and improve the postal services, participate in the postal technical assistance required by member countries and promote the international collaboration in postal matters. UPU fixes tariffs, weight and size limits and conditions for the acceptance of correspondence and sets up regulations on correspondence and objects requiring special handling, as infectious or radioactive substances.$t$,
$t$In 2008, in association with IFAD and the Government of France, UPU implemented a pilot project in 6 countries of West Africa, intended to develop a postal service for money transfers, with a focus on rural areas. The project included training and information dissemination, but also helped to increase the number and amount of transferences and reduce related costs. The success of this experience permitted the launching of new projects in Central Asia (2011) and Asia-Pacific (2012). At present, with IFAD and WB support, two new projects are being started in Africa.$t$,
$t$51. It was preceded by the General Postal Union, created in 1874, the name of which was changed to Universal Postal Union in 1878. It became an UN specialized body as a result of an agreement which entered into force in July 1948.$t$,
26, 'UPU'),
-- GMG
('GMG', 'Global Migration Group', null, 'INTER_AGENCY_GROUP', 2005,
$t$As mentioned in the introduction, the Global Migration Group (GMG) is a cooperation structure created by the UN Secretary-General at the end of 2005, constituted by bodies that hold meetings at both working and high authority level (Principals). It aims at promoting comprehensive application of all pertinent international and regional migration instruments and offering a coordinated and coherent leadership, improving the global effectiveness of the international community and UN's political and operational responses to opportunities and challenges posed by international migration.

Presently, the GMG is composed of 18 organizations: United Nations Organization for Food and Agriculture (FAO), International Labour Organization (ILO), International Organization for Migration (IOM), the United Nations Office of the High Commissioner for Human Rights (UNOHCHR), United Nations Children Fund (UNICEF), United Nations Conference for Trade and Development (UNCTAD), United Nations Department for Economic and Social Affairs (DESA), United Nations Programme for Development (UNPD), United Nations Organization for Education, Science and Culture, (UNESCO), United Nations Entity for Gender Equality and Empowerment of Women (UN Women), United Nations Institute for Training and Research (UNITAR), United Nations High Commissioner for Refugees (UNHCR), United Nations Organization against Drug and Crime (UNODC), United Nations Population Fund (UNFPA), United Nations Regional Commissions, United Nations University (UNU), World Bank (WB) and World Health Organization (WHO).$t$,
$t$The GMG holds periodic meetings with a chairmanship rotating every six months. It has three working groups: one for mainstreaming migration in national development strategies, co-chaired by IOM and UNPD; a second on data and researches, co-chaired by DESA and IOM; and a third on human rights, gender and migration, co-chaired by UNOHCHR, UN-Women and UNICEF. In 2012, a task force was created to strengthen capacities, co-chaired by IOM and UNITAR, and other on migration and decent work, co-chaired by IOM and ILO.

The GMG has prepared reports on abuses against labour migrants and migrants rights. In 2010, IOM undertook the elaboration of a Handbook to mainstream migration in development planning, which was adopted as the Group's joint publication in 2013.

Since 2011, the Group has prepared joint positions for every session of the World Forum on Migration and Development, given support to the preparation of the second High Level Dialogue in 2013 and worked on the relevant follow-up. It has also produced positioning on the rights of migrants in irregular situation and migration in the Post-2015 Development Agenda. Along with the successive chairmanships, the Group has also prepared a number of fact sheets.

El GMG has attained a level of inter-agency collaboration which was incredible and unthinkable a decade ago. However, the contrast and diversity of mandates, operational and financial structures, capacities and priorities of its members has prevented a more rapid progress. For many agencies, migration has become relevant but is not the core of their work, whereas one of ILO's constitutional mandates is to protect migrant workers and IOM is full-time and solely dedicated to the migration issue, with a very wide mandate given by its member countries. Some agencies have an extended network of offices in the field and close relationships with national governments, while others have a more reduced presence and mainly work from their headquarters. There are agencies with large operational capacity, and others have more normative functions, connected with the elaboration of recommendations, standards or monitoring.

Regardless of the above the United Nations, through the Declaration of the High Level Dialogue on International Migration and Development (Draft Resolution submitted by the President of the General Assembly, A/68/L.5) states (point 32) the following: *'We welcome the Global Migration Group recent efforts to put in place measures tending to improve its functioning and promote coherence and coordination among its member organizations and, in this context, we highlight the importance of a periodic interaction between the Global Migration Group and the Member States.'*$t$,
$t$52. GMG Thematic Paper on the Exploitation and Abuse of International Migrants, particularly those in an Irregular Situation - A Human Rights Approach.

53. Mainstreaming Migration into Development Planning. A Handbook for Policymakers and Practitioners.

54. GMG Joint Statement and Position Paper for the 2013 UN High-level Dialogue on International Migration and Development

55. Briefing Report on HLD Follow-Up Initiatives of the GMG to the 7th Global Forum on Migration and Development (May 2014)

56. Statement of the GMG on the Human Rights of Migrants in Irregular Situation (2010); GMG Joint Position Paper on migration and the post-2015 UN Development Agenda (2013).

57. The most recent: Briefs on diasporas, labour migration and migration as an enabler for inclusive social development for GFMD Thematic Meetings 2013; The Economic Crisis and International Migration in the Arab Region, GMG-Regional Commissions (2010); The Economic Crisis and Migration, Remittances and Children Left Behind, GMG-UNICEF (2010); The Economic Crisis, Trafficking in Persons and Smuggling of Migrants, GMG-UNODC (2010); Impact of the Economic Crisis on Migration in Asia-Pacific, GMG-Regional Commissions (2010); Impact of the Economic Crisis on Return Migration, GMG-IOM (2010); Climate Change and Migration, GMG-UNFPA (2010); Migrant Integration, GMG-IOM (2010); Impact of the Economic Crisis on the Human Rights of Migrants, GMG-OHCHR (2009); Impact of the Economic Crisis on Discrimination and Xenophobia, GMG-UNESCO (2009); Impact of the Economic Crisis on Migration and Children's Rights, GMG-UNICEF (2009).$t$,
null, null),
-- IOM
('IOM', 'International Organization for Migration', 'OIM', 'NON_UN_GLOBAL', 1951,
$t$The International Organization for Migration, created in 1951, is considered the leading agency in the migration field and is mandated by its constitution to act in the whole spectrum of migrations. While it does not belong to the UN System, IOM acts in close association with its agencies and other international organizations to address the operational challenges posed by migration, boost the understanding of migration issues, support migration contribution to the economic and social development and defend the dignity and wellbeing of migrants.$t$,
$t$IOM develops a wide range of activities: technical assistance on policies, legislation and regulations and capacity building; labour migration, migration and development and remittances; international migration law; assisted returns; health and migration; environment and climate change; combat against the trafficking in persons; emergencies, displacements and forced migration; information campaigns and dissemination of rights; training, studies, researches and forums to promote dialogue and cooperation. For this reason, it is difficult to summarize in a limited space its complete involvement in these matters. All the more, if we consider that the Organization has offices in more than 150 countries and develops more than 2,600 projects in approximately 480 locations worldwide, largely developing its work at national level, in close coordination with governments and other actors.

Since 2000, it has produced the World Migration Report (a biannual publication in the three official languages of the Organization since 2006), whose recent numbers have been dedicated to Migrants' Well-being and Development (2013), Communicating effectively about Migration (2011), The Future of Migration: Building capacities for change (2010) and Costs and Benefits of International Migration (2008). It also releases the series Migration Research (presently edition number 50), the series International Dialogue on Migration (created in 2001) and the quarterly bulletin Migration Policy Practices, beside the biannual academic magazine (over the last 40 years).

Since 2006, IOM has produced Migration Profiles in more than 50 countries, some with a second updated edition, and now intends to develop more comprehensive migration profiles. In 2011 it published *Migration Profiles; Making the Most of the Process*, a guide to develop profiles. Between 2009 and 2013 it produced five studies on the impact of the global crisis and the migration and climate change relationship.

Some IOM actions have had a significant impact, as the Programme for the Temporary Return of Qualified Nationals, which assists qualified emigrants in the development of specific services in their countries of origin, or training and orientation for migrants who will work abroad, directed to workers who migrate to Australia, Canada, Norway, the United Kingdom and USA. Jointly with the UNHCR and as a result of the 2010 Haiti earthquake, it elaborated the Displacement Tracking Matrix, which has been utilized in numerous emergencies. In 2012 it produced a handbook on diaspora involvement in development with the Migration Policy Institute. In 2013, it organized the Ministerial Conference on Diasporas, the first gathering high authorities who exchanged experiences in this subject. The International Dialogue on Migration, gathering governments on a yearly basis since 2001, as of 2004 has held two annual inter-sessional workshops, with specific topics and the participation of officials from all over the world.

To facilitate the intercultural dialogue, in 2010 IOM and the United Nations Alliance of Civilizations developed a virtual platform called 'Integration: building inclusive societies'. Both entities organize the annual video festival Plural + Youth.

As one of the founding members of the Geneva Migration Group, precursor to the Global Migration Group, IOM has made a substantial contribution to inter-institutional coordination. It actively participates in all GMG working areas as well as the Meeting of Principals. Moreover, it provides active technical support to the majority of the 13 consultative regional migration processes, also playing in some the role of technical secretariat.$t$,
$t$58. Created as Inter-governmental Committee for European Migrations (ICME), it became the Inter-governmental Committee for Migration and in 1989 adopted its present name.

59. IOM has cooperation agreements with the UN Secretary General and with 21 agencies.

60. IOM is also invited as an ad-hoc member to the UN Country Teams under the Resident Coordinator System. In South America, it participates in all country teams except Peru's.

61. IOM DG is the only Principal who has participated in all meetings of this level.$t$,
11, 'IOM'),
-- OECD
('OECD', 'Organization for the Economic Cooperation and Development', null, 'NON_UN_GLOBAL', 1961,
$t$The Organization for the Economic Cooperation and Development (OECD), created in 1961, is an international cooperation organization, presently composed of 34 States, the objective of which is to coordinate their economic and social policies to maximize economic growth and contribute to global development. Known as 'the rich country club', it includes Chile and Mexico whereas Costa Rica and Colombia adhesions are underway.$t$,
$t$In 1983, the OECD established the Permanent System of Migration Observation (better known as SOPEMI, under its French acronym), basically for data on Europe, though in 2000 it started to extend its scope worldwide. Mainly collecting information on labour migrants, SOPEMI works through a network of national correspondents who produce annual reports built on different sources, which hamper data uniformity and comparability. In the last decade, on a yearly basis it publishes the *International Migration Outlook* including a summary in Spanish.$t$,
$t$62. OECD is the successor of EOEC (European Organization for Economic Cooperation), resulting from the Marshall Plan, and the Conference on European Economic Cooperation, which existed between 1948 and 1960.

63. Its members represent approximately the 65% of the world GDP.$t$,
null, null),
-- WTO
('WTO', 'World Trade Organization', 'OMC', 'NON_UN_GLOBAL', 1995,
$t$The World Trade Organization (WTO) was established in 1995 to promote negotiations fostering the maximum level of global trade liberalization. WTO work is largely connected with successive negotiation rounds. In 2001 it started the Doha Round, the outcomes of which partially materialized in 2013 Bali agreements.$t$,
$t$In 1995, as a result of the Uruguay Round, the General Agreement on Trade Services (GATT) entered into force, establishing four modalities or modules: trans-border supply, consume abroad, trade presence and presence of natural persons. Module 4 has implications for migration mobility since the suppliers may settle in the receiving country on a temporary or permanent basis.

GATT's contents are considered as sensitive for many countries because they are seen as reducing the governments' capacity to regulate these activities within their borders and granting strong competitive advantages to some countries. Up to date, there has not been much progress in these matters.$t$,
$t$64. Which took place in the framework of the General Agreement on Tariffs and Trade (GATT) of 1947, and particularly those held between 1986 and 1994, known as the Uruguay Round. The latter incorporated into the trade multilateral system a series of topics hitherto excluded, such as the service trade, agriculture, textiles and intellectual property.$t$,
null, null),
-- OAS
('OAS', 'Organization of American States', null, 'NON_UN_REGIONAL', null,
null,
$t$In 2004, the Organization of American States (OAS) created in the Secretariat General the Unit against the Trafficking in Persons under the Public Security Department. The Unit organized two Meetings of National Authorities on Trafficking in Persons, the first in 2006 (Margarita Island, Venezuela), and the second in 2009 (Buenos Aires). Both meetings led to a working plan, including facilitation of information exchange, provision of training and promotion of policies against trafficking to accompany the efforts of member countries.

In 2005, a decision of OAS General Assembly gave way to the creation of the Inter American Programme for the Promotion and Protection of the Migrant Human Rights, including migrant workers and the members of their families, with two primary tools: the Special Sessions of the Commission on Political and Judicial Affairs on the human rights of Migrants and the activities of the Secretariat General through its working plan.

In 2007, OAS Permanent Council convened a special meeting to discuss and analyse migration flows and their impact, which gave way to the establishment of the Special Commission on Migration Issues (CMI or CEAM under its Spanish acronym). As part of its activities, the CEAM has carried out sessions with specialists, governmental officials, representatives of international organizations and the civil society.

In 2008, within the Secretariat for Integral Development, the Programme on Migration and Development was created to act as focal point on research, creation of institutional and information capacities on the issue and promotion of the execution of activities set forth in the Inter American Programme for the Protection of Migrant Human Rights. It also provides CEAM with technical support to coordinate specific projects related to the migration field, furnishing the representatives of countries with technical knowledge and information.

In 2009, SICREMI, a Continuous Reporting System of the Americas, was established as a OAS, OECD and ECLAC-CELADE joint effort, with a view to systematizing and making available to the international community information on the migration situation in the region. The SICREMI takes as a basis SOPEMI-OECD methodological pattern, compiling information through a network of correspondents at national level. SICREMI launched its first report in 2011 with data from 9 countries, and the second in 2012 with data from 18 countries, and estimates that all American countries will be covered in the 2014 report.

In 2010, OAS presented the Database on Migration Legislations in the Americas, a platform offering immediate access to an updated collection of national and international norms, official documents, entry, stay and permanence dispositions, regulations on communities abroad and crimes linked to migration, among others.

In the general framework of the Inter American System, there also exist the Inter American Commission on Human Rights and the Inter American Court of Human Rights, but the analysis thereof go beyond the scope of this paper.$t$,
$t$65. Previously, the actions against trafficking were developed by the Inter American Women Commission.

66. In 1996, the Commission established the Rapporteur on Migrant Workers and the Members of their Families, whose mandate was extended in 2012.$t$,
null, null),
-- IDB
('IDB', 'Inter American Development Bank', null, 'NON_UN_REGIONAL', 1959,
$t$Created in 1959, the Inter American Development Bank (IDB) is the largest funding source for development in the Latin American and Caribbean region.$t$,
$t$In 1993, it established the Multilateral Investment Fund (MIF) to improve the entrepreneurs entourage backing the micro and small enterprise, as a support to economic growth and poverty reduction in the region. MIF is the largest supplier of technical assistance in the private sector and promoter of microfinances and venture capital funds. In 2000, it began to develop researches on remittances, which led to the funding of projects to reduce involved costs and increase the number of families which receive remittances through the formal financing system. Up to date, MIF has implemented more than 45 projects to expand the access to financial services for non-bancarized population and bolster the impact of remittances upon the combat against poverty.$t$,
$t$67. Stance shared today with the Andean Development Corporation (ADC or CAF, according to the Spanish acronym). Established in 1970 as the financial arm of the former Andean Pact, in recent years the CAF has enormously expanded operations in all the region and its current portfolio is close to IDB's.$t$,
null, null);

-- Themes: the 29 issues of the annex, titles as printed.
insert into theme (number, title) values
(1, 'Migration in the mandate'),
(2, 'Migration and development'),
(3, 'Migrant human rights'),
(4, 'Remittances'),
(5, 'Microfinances /financ education withn migrants'),
(6, 'Migrant workers'),
(7, 'Labour migration'),
(8, 'Migrant child'),
(9, 'Migrant women'),
(10, 'Migrant indigenous populat.'),
(11, 'Migrant smuggling'),
(12, 'Trafficking in persons'),
(13, 'Migrant health'),
(14, 'HIV – ITS / migrants'),
(15, $t$Migrants' reproductive health$t$),
(16, 'Qualified migration'),
(17, 'Diasporas/ migrant communities'),
(18, 'Displacements /Migrants in crisis situations'),
(19, 'Emergencies'),
(20, 'Environment/ climate change'),
(21, 'Vote of migrants abroad'),
(22, 'Migration/ urbanization'),
(23, 'Migration/rural world, food safety'),
(24, 'Technical assistance in migration policy and legislation.'),
(25, 'Research/ study on migrns/migration issues'),
(26, 'Participation in WFMD'),
(27, 'GMG Member'),
(28, 'Participation in RCM-SCM'),
(29, 'Dialogue with CS');

-- Involvement: all 26 x 29 cells of the annex; blank = NONE, x = INVOLVED, xx = STRONG.
insert into involvement (organization_id, theme_id, level)
select o.id, t.id, v.level
from (values
    ('UNHCR', 1, 'INVOLVED'), ('WB', 1, 'NONE'), ('REG COMMISS.', 1, 'NONE'), ('DESA', 1, 'INVOLVED'), ('FAO', 1, 'NONE'), ('IFAD', 1, 'NONE'), ('HABITAT', 1, 'NONE'), ('ICAO', 1, 'NONE'), ('UNOHCHR', 1, 'INVOLVED'), ('SPECIAL RAPP. ON H. RIGHTS', 1, 'STRONG'), ('IOM', 1, 'STRONG'), ('ILO', 1, 'INVOLVED'), ('IMO', 1, 'NONE'), ('WMO', 1, 'NONE'), ('OMPI', 1, 'NONE'), ('WHO', 1, 'NONE'), ('UNODC', 1, 'INVOLVED'), ('UN WOMEN', 1, 'NONE'), ('UNAIDS', 1, 'NONE'), ('UNPD', 1, 'NONE'), ('UNCTAD', 1, 'NONE'), ('UNESCO', 1, 'INVOLVED'), ('UNFPA', 1, 'INVOLVED'), ('UNICEF', 1, 'NONE'), ('UNITAR', 1, 'NONE'), ('UPU', 1, 'NONE'),
    ('UNHCR', 2, 'STRONG'), ('WB', 2, 'STRONG'), ('REG COMMISS.', 2, 'STRONG'), ('DESA', 2, 'STRONG'), ('FAO', 2, 'STRONG'), ('IFAD', 2, 'INVOLVED'), ('HABITAT', 2, 'INVOLVED'), ('ICAO', 2, 'NONE'), ('UNOHCHR', 2, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 2, 'NONE'), ('IOM', 2, 'STRONG'), ('ILO', 2, 'STRONG'), ('IMO', 2, 'INVOLVED'), ('WMO', 2, 'NONE'), ('OMPI', 2, 'INVOLVED'), ('WHO', 2, 'STRONG'), ('UNODC', 2, 'STRONG'), ('UN WOMEN', 2, 'STRONG'), ('UNAIDS', 2, 'NONE'), ('UNPD', 2, 'STRONG'), ('UNCTAD', 2, 'STRONG'), ('UNESCO', 2, 'STRONG'), ('UNFPA', 2, 'STRONG'), ('UNICEF', 2, 'STRONG'), ('UNITAR', 2, 'NONE'), ('UPU', 2, 'INVOLVED'),
    ('UNHCR', 3, 'STRONG'), ('WB', 3, 'NONE'), ('REG COMMISS.', 3, 'INVOLVED'), ('DESA', 3, 'NONE'), ('FAO', 3, 'NONE'), ('IFAD', 3, 'NONE'), ('HABITAT', 3, 'INVOLVED'), ('ICAO', 3, 'NONE'), ('UNOHCHR', 3, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 3, 'STRONG'), ('IOM', 3, 'STRONG'), ('ILO', 3, 'STRONG'), ('IMO', 3, 'NONE'), ('WMO', 3, 'NONE'), ('OMPI', 3, 'NONE'), ('WHO', 3, 'STRONG'), ('UNODC', 3, 'INVOLVED'), ('UN WOMEN', 3, 'STRONG'), ('UNAIDS', 3, 'STRONG'), ('UNPD', 3, 'INVOLVED'), ('UNCTAD', 3, 'NONE'), ('UNESCO', 3, 'STRONG'), ('UNFPA', 3, 'STRONG'), ('UNICEF', 3, 'STRONG'), ('UNITAR', 3, 'NONE'), ('UPU', 3, 'NONE'),
    ('UNHCR', 4, 'NONE'), ('WB', 4, 'STRONG'), ('REG COMMISS.', 4, 'INVOLVED'), ('DESA', 4, 'INVOLVED'), ('FAO', 4, 'INVOLVED'), ('IFAD', 4, 'STRONG'), ('HABITAT', 4, 'NONE'), ('ICAO', 4, 'NONE'), ('UNOHCHR', 4, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 4, 'NONE'), ('IOM', 4, 'STRONG'), ('ILO', 4, 'NONE'), ('IMO', 4, 'NONE'), ('WMO', 4, 'NONE'), ('OMPI', 4, 'NONE'), ('WHO', 4, 'NONE'), ('UNODC', 4, 'NONE'), ('UN WOMEN', 4, 'INVOLVED'), ('UNAIDS', 4, 'NONE'), ('UNPD', 4, 'INVOLVED'), ('UNCTAD', 4, 'INVOLVED'), ('UNESCO', 4, 'NONE'), ('UNFPA', 4, 'NONE'), ('UNICEF', 4, 'NONE'), ('UNITAR', 4, 'NONE'), ('UPU', 4, 'INVOLVED'),
    ('UNHCR', 5, 'NONE'), ('WB', 5, 'STRONG'), ('REG COMMISS.', 5, 'NONE'), ('DESA', 5, 'NONE'), ('FAO', 5, 'NONE'), ('IFAD', 5, 'STRONG'), ('HABITAT', 5, 'NONE'), ('ICAO', 5, 'NONE'), ('UNOHCHR', 5, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 5, 'NONE'), ('IOM', 5, 'INVOLVED'), ('ILO', 5, 'NONE'), ('IMO', 5, 'NONE'), ('WMO', 5, 'NONE'), ('OMPI', 5, 'NONE'), ('WHO', 5, 'NONE'), ('UNODC', 5, 'NONE'), ('UN WOMEN', 5, 'INVOLVED'), ('UNAIDS', 5, 'NONE'), ('UNPD', 5, 'INVOLVED'), ('UNCTAD', 5, 'NONE'), ('UNESCO', 5, 'NONE'), ('UNFPA', 5, 'NONE'), ('UNICEF', 5, 'NONE'), ('UNITAR', 5, 'NONE'), ('UPU', 5, 'NONE'),
    ('UNHCR', 6, 'NONE'), ('WB', 6, 'INVOLVED'), ('REG COMMISS.', 6, 'INVOLVED'), ('DESA', 6, 'INVOLVED'), ('FAO', 6, 'INVOLVED'), ('IFAD', 6, 'INVOLVED'), ('HABITAT', 6, 'INVOLVED'), ('ICAO', 6, 'NONE'), ('UNOHCHR', 6, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 6, 'STRONG'), ('IOM', 6, 'STRONG'), ('ILO', 6, 'STRONG'), ('IMO', 6, 'NONE'), ('WMO', 6, 'NONE'), ('OMPI', 6, 'NONE'), ('WHO', 6, 'STRONG'), ('UNODC', 6, 'INVOLVED'), ('UN WOMEN', 6, 'INVOLVED'), ('UNAIDS', 6, 'STRONG'), ('UNPD', 6, 'NONE'), ('UNCTAD', 6, 'NONE'), ('UNESCO', 6, 'INVOLVED'), ('UNFPA', 6, 'INVOLVED'), ('UNICEF', 6, 'NONE'), ('UNITAR', 6, 'NONE'), ('UPU', 6, 'NONE'),
    ('UNHCR', 7, 'NONE'), ('WB', 7, 'NONE'), ('REG COMMISS.', 7, 'INVOLVED'), ('DESA', 7, 'NONE'), ('FAO', 7, 'NONE'), ('IFAD', 7, 'NONE'), ('HABITAT', 7, 'NONE'), ('ICAO', 7, 'NONE'), ('UNOHCHR', 7, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 7, 'NONE'), ('IOM', 7, 'STRONG'), ('ILO', 7, 'STRONG'), ('IMO', 7, 'NONE'), ('WMO', 7, 'NONE'), ('OMPI', 7, 'NONE'), ('WHO', 7, 'NONE'), ('UNODC', 7, 'NONE'), ('UN WOMEN', 7, 'NONE'), ('UNAIDS', 7, 'NONE'), ('UNPD', 7, 'NONE'), ('UNCTAD', 7, 'NONE'), ('UNESCO', 7, 'NONE'), ('UNFPA', 7, 'NONE'), ('UNICEF', 7, 'NONE'), ('UNITAR', 7, 'NONE'), ('UPU', 7, 'NONE'),
    ('UNHCR', 8, 'INVOLVED'), ('WB', 8, 'NONE'), ('REG COMMISS.', 8, 'INVOLVED'), ('DESA', 8, 'INVOLVED'), ('FAO', 8, 'NONE'), ('IFAD', 8, 'NONE'), ('HABITAT', 8, 'NONE'), ('ICAO', 8, 'NONE'), ('UNOHCHR', 8, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 8, 'STRONG'), ('IOM', 8, 'STRONG'), ('ILO', 8, 'NONE'), ('IMO', 8, 'NONE'), ('WMO', 8, 'NONE'), ('OMPI', 8, 'NONE'), ('WHO', 8, 'STRONG'), ('UNODC', 8, 'INVOLVED'), ('UN WOMEN', 8, 'NONE'), ('UNAIDS', 8, 'STRONG'), ('UNPD', 8, 'INVOLVED'), ('UNCTAD', 8, 'NONE'), ('UNESCO', 8, 'INVOLVED'), ('UNFPA', 8, 'STRONG'), ('UNICEF', 8, 'STRONG'), ('UNITAR', 8, 'NONE'), ('UPU', 8, 'NONE'),
    ('UNHCR', 9, 'INVOLVED'), ('WB', 9, 'NONE'), ('REG COMMISS.', 9, 'INVOLVED'), ('DESA', 9, 'INVOLVED'), ('FAO', 9, 'INVOLVED'), ('IFAD', 9, 'NONE'), ('HABITAT', 9, 'NONE'), ('ICAO', 9, 'NONE'), ('UNOHCHR', 9, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 9, 'STRONG'), ('IOM', 9, 'STRONG'), ('ILO', 9, 'STRONG'), ('IMO', 9, 'NONE'), ('WMO', 9, 'NONE'), ('OMPI', 9, 'NONE'), ('WHO', 9, 'STRONG'), ('UNODC', 9, 'INVOLVED'), ('UN WOMEN', 9, 'STRONG'), ('UNAIDS', 9, 'STRONG'), ('UNPD', 9, 'INVOLVED'), ('UNCTAD', 9, 'NONE'), ('UNESCO', 9, 'INVOLVED'), ('UNFPA', 9, 'STRONG'), ('UNICEF', 9, 'STRONG'), ('UNITAR', 9, 'NONE'), ('UPU', 9, 'NONE'),
    ('UNHCR', 10, 'INVOLVED'), ('WB', 10, 'NONE'), ('REG COMMISS.', 10, 'NONE'), ('DESA', 10, 'NONE'), ('FAO', 10, 'NONE'), ('IFAD', 10, 'NONE'), ('HABITAT', 10, 'NONE'), ('ICAO', 10, 'NONE'), ('UNOHCHR', 10, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 10, 'STRONG'), ('IOM', 10, 'INVOLVED'), ('ILO', 10, 'NONE'), ('IMO', 10, 'NONE'), ('WMO', 10, 'NONE'), ('OMPI', 10, 'NONE'), ('WHO', 10, 'INVOLVED'), ('UNODC', 10, 'NONE'), ('UN WOMEN', 10, 'INVOLVED'), ('UNAIDS', 10, 'STRONG'), ('UNPD', 10, 'INVOLVED'), ('UNCTAD', 10, 'NONE'), ('UNESCO', 10, 'INVOLVED'), ('UNFPA', 10, 'STRONG'), ('UNICEF', 10, 'STRONG'), ('UNITAR', 10, 'NONE'), ('UPU', 10, 'NONE'),
    ('UNHCR', 11, 'INVOLVED'), ('WB', 11, 'NONE'), ('REG COMMISS.', 11, 'NONE'), ('DESA', 11, 'NONE'), ('FAO', 11, 'NONE'), ('IFAD', 11, 'NONE'), ('HABITAT', 11, 'NONE'), ('ICAO', 11, 'INVOLVED'), ('UNOHCHR', 11, 'INVOLVED'), ('SPECIAL RAPP. ON H. RIGHTS', 11, 'STRONG'), ('IOM', 11, 'STRONG'), ('ILO', 11, 'NONE'), ('IMO', 11, 'NONE'), ('WMO', 11, 'NONE'), ('OMPI', 11, 'NONE'), ('WHO', 11, 'NONE'), ('UNODC', 11, 'STRONG'), ('UN WOMEN', 11, 'NONE'), ('UNAIDS', 11, 'NONE'), ('UNPD', 11, 'NONE'), ('UNCTAD', 11, 'NONE'), ('UNESCO', 11, 'NONE'), ('UNFPA', 11, 'NONE'), ('UNICEF', 11, 'NONE'), ('UNITAR', 11, 'NONE'), ('UPU', 11, 'NONE'),
    ('UNHCR', 12, 'INVOLVED'), ('WB', 12, 'NONE'), ('REG COMMISS.', 12, 'NONE'), ('DESA', 12, 'NONE'), ('FAO', 12, 'NONE'), ('IFAD', 12, 'NONE'), ('HABITAT', 12, 'NONE'), ('ICAO', 12, 'NONE'), ('UNOHCHR', 12, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 12, 'STRONG'), ('IOM', 12, 'STRONG'), ('ILO', 12, 'STRONG'), ('IMO', 12, 'NONE'), ('WMO', 12, 'NONE'), ('OMPI', 12, 'NONE'), ('WHO', 12, 'INVOLVED'), ('UNODC', 12, 'STRONG'), ('UN WOMEN', 12, 'STRONG'), ('UNAIDS', 12, 'INVOLVED'), ('UNPD', 12, 'INVOLVED'), ('UNCTAD', 12, 'NONE'), ('UNESCO', 12, 'NONE'), ('UNFPA', 12, 'INVOLVED'), ('UNICEF', 12, 'STRONG'), ('UNITAR', 12, 'NONE'), ('UPU', 12, 'NONE'),
    ('UNHCR', 13, 'INVOLVED'), ('WB', 13, 'NONE'), ('REG COMMISS.', 13, 'NONE'), ('DESA', 13, 'NONE'), ('FAO', 13, 'NONE'), ('IFAD', 13, 'NONE'), ('HABITAT', 13, 'NONE'), ('ICAO', 13, 'NONE'), ('UNOHCHR', 13, 'INVOLVED'), ('SPECIAL RAPP. ON H. RIGHTS', 13, 'STRONG'), ('IOM', 13, 'STRONG'), ('ILO', 13, 'NONE'), ('IMO', 13, 'NONE'), ('WMO', 13, 'NONE'), ('OMPI', 13, 'NONE'), ('WHO', 13, 'STRONG'), ('UNODC', 13, 'NONE'), ('UN WOMEN', 13, 'INVOLVED'), ('UNAIDS', 13, 'STRONG'), ('UNPD', 13, 'INVOLVED'), ('UNCTAD', 13, 'NONE'), ('UNESCO', 13, 'INVOLVED'), ('UNFPA', 13, 'STRONG'), ('UNICEF', 13, 'INVOLVED'), ('UNITAR', 13, 'NONE'), ('UPU', 13, 'NONE'),
    ('UNHCR', 14, 'INVOLVED'), ('WB', 14, 'NONE'), ('REG COMMISS.', 14, 'NONE'), ('DESA', 14, 'NONE'), ('FAO', 14, 'NONE'), ('IFAD', 14, 'NONE'), ('HABITAT', 14, 'NONE'), ('ICAO', 14, 'NONE'), ('UNOHCHR', 14, 'INVOLVED'), ('SPECIAL RAPP. ON H. RIGHTS', 14, 'NONE'), ('IOM', 14, 'STRONG'), ('ILO', 14, 'NONE'), ('IMO', 14, 'NONE'), ('WMO', 14, 'NONE'), ('OMPI', 14, 'NONE'), ('WHO', 14, 'STRONG'), ('UNODC', 14, 'NONE'), ('UN WOMEN', 14, 'NONE'), ('UNAIDS', 14, 'STRONG'), ('UNPD', 14, 'STRONG'), ('UNCTAD', 14, 'NONE'), ('UNESCO', 14, 'INVOLVED'), ('UNFPA', 14, 'STRONG'), ('UNICEF', 14, 'NONE'), ('UNITAR', 14, 'NONE'), ('UPU', 14, 'NONE'),
    ('UNHCR', 15, 'NONE'), ('WB', 15, 'NONE'), ('REG COMMISS.', 15, 'NONE'), ('DESA', 15, 'NONE'), ('FAO', 15, 'NONE'), ('IFAD', 15, 'NONE'), ('HABITAT', 15, 'NONE'), ('ICAO', 15, 'NONE'), ('UNOHCHR', 15, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 15, 'NONE'), ('IOM', 15, 'INVOLVED'), ('ILO', 15, 'NONE'), ('IMO', 15, 'NONE'), ('WMO', 15, 'NONE'), ('OMPI', 15, 'NONE'), ('WHO', 15, 'INVOLVED'), ('UNODC', 15, 'NONE'), ('UN WOMEN', 15, 'NONE'), ('UNAIDS', 15, 'INVOLVED'), ('UNPD', 15, 'NONE'), ('UNCTAD', 15, 'NONE'), ('UNESCO', 15, 'NONE'), ('UNFPA', 15, 'STRONG'), ('UNICEF', 15, 'NONE'), ('UNITAR', 15, 'NONE'), ('UPU', 15, 'NONE'),
    ('UNHCR', 16, 'NONE'), ('WB', 16, 'STRONG'), ('REG COMMISS.', 16, 'INVOLVED'), ('DESA', 16, 'INVOLVED'), ('FAO', 16, 'NONE'), ('IFAD', 16, 'NONE'), ('HABITAT', 16, 'NONE'), ('ICAO', 16, 'NONE'), ('UNOHCHR', 16, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 16, 'NONE'), ('IOM', 16, 'INVOLVED'), ('ILO', 16, 'INVOLVED'), ('IMO', 16, 'NONE'), ('WMO', 16, 'NONE'), ('OMPI', 16, 'STRONG'), ('WHO', 16, 'NONE'), ('UNODC', 16, 'NONE'), ('UN WOMEN', 16, 'NONE'), ('UNAIDS', 16, 'NONE'), ('UNPD', 16, 'NONE'), ('UNCTAD', 16, 'NONE'), ('UNESCO', 16, 'STRONG'), ('UNFPA', 16, 'NONE'), ('UNICEF', 16, 'NONE'), ('UNITAR', 16, 'NONE'), ('UPU', 16, 'NONE'),
    ('UNHCR', 17, 'NONE'), ('WB', 17, 'STRONG'), ('REG COMMISS.', 17, 'NONE'), ('DESA', 17, 'NONE'), ('FAO', 17, 'NONE'), ('IFAD', 17, 'INVOLVED'), ('HABITAT', 17, 'INVOLVED'), ('ICAO', 17, 'NONE'), ('UNOHCHR', 17, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 17, 'NONE'), ('IOM', 17, 'STRONG'), ('ILO', 17, 'NONE'), ('IMO', 17, 'NONE'), ('WMO', 17, 'NONE'), ('OMPI', 17, 'NONE'), ('WHO', 17, 'NONE'), ('UNODC', 17, 'NONE'), ('UN WOMEN', 17, 'NONE'), ('UNAIDS', 17, 'INVOLVED'), ('UNPD', 17, 'NONE'), ('UNCTAD', 17, 'INVOLVED'), ('UNESCO', 17, 'NONE'), ('UNFPA', 17, 'NONE'), ('UNICEF', 17, 'NONE'), ('UNITAR', 17, 'NONE'), ('UPU', 17, 'NONE'),
    ('UNHCR', 18, 'STRONG'), ('WB', 18, 'NONE'), ('REG COMMISS.', 18, 'NONE'), ('DESA', 18, 'NONE'), ('FAO', 18, 'INVOLVED'), ('IFAD', 18, 'NONE'), ('HABITAT', 18, 'NONE'), ('ICAO', 18, 'NONE'), ('UNOHCHR', 18, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 18, 'INVOLVED'), ('IOM', 18, 'STRONG'), ('ILO', 18, 'INVOLVED'), ('IMO', 18, 'NONE'), ('WMO', 18, 'INVOLVED'), ('OMPI', 18, 'NONE'), ('WHO', 18, 'INVOLVED'), ('UNODC', 18, 'INVOLVED'), ('UN WOMEN', 18, 'NONE'), ('UNAIDS', 18, 'INVOLVED'), ('UNPD', 18, 'STRONG'), ('UNCTAD', 18, 'NONE'), ('UNESCO', 18, 'INVOLVED'), ('UNFPA', 18, 'INVOLVED'), ('UNICEF', 18, 'INVOLVED'), ('UNITAR', 18, 'NONE'), ('UPU', 18, 'NONE'),
    ('UNHCR', 19, 'STRONG'), ('WB', 19, 'NONE'), ('REG COMMISS.', 19, 'NONE'), ('DESA', 19, 'NONE'), ('FAO', 19, 'NONE'), ('IFAD', 19, 'NONE'), ('HABITAT', 19, 'NONE'), ('ICAO', 19, 'INVOLVED'), ('UNOHCHR', 19, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 19, 'NONE'), ('IOM', 19, 'STRONG'), ('ILO', 19, 'STRONG'), ('IMO', 19, 'NONE'), ('WMO', 19, 'INVOLVED'), ('OMPI', 19, 'NONE'), ('WHO', 19, 'STRONG'), ('UNODC', 19, 'NONE'), ('UN WOMEN', 19, 'NONE'), ('UNAIDS', 19, 'INVOLVED'), ('UNPD', 19, 'STRONG'), ('UNCTAD', 19, 'NONE'), ('UNESCO', 19, 'NONE'), ('UNFPA', 19, 'INVOLVED'), ('UNICEF', 19, 'STRONG'), ('UNITAR', 19, 'NONE'), ('UPU', 19, 'NONE'),
    ('UNHCR', 20, 'INVOLVED'), ('WB', 20, 'NONE'), ('REG COMMISS.', 20, 'INVOLVED'), ('DESA', 20, 'INVOLVED'), ('FAO', 20, 'STRONG'), ('IFAD', 20, 'NONE'), ('HABITAT', 20, 'NONE'), ('ICAO', 20, 'NONE'), ('UNOHCHR', 20, 'INVOLVED'), ('SPECIAL RAPP. ON H. RIGHTS', 20, 'INVOLVED'), ('IOM', 20, 'STRONG'), ('ILO', 20, 'NONE'), ('IMO', 20, 'NONE'), ('WMO', 20, 'STRONG'), ('OMPI', 20, 'NONE'), ('WHO', 20, 'INVOLVED'), ('UNODC', 20, 'NONE'), ('UN WOMEN', 20, 'NONE'), ('UNAIDS', 20, 'NONE'), ('UNPD', 20, 'INVOLVED'), ('UNCTAD', 20, 'NONE'), ('UNESCO', 20, 'STRONG'), ('UNFPA', 20, 'INVOLVED'), ('UNICEF', 20, 'NONE'), ('UNITAR', 20, 'NONE'), ('UPU', 20, 'NONE'),
    ('UNHCR', 21, 'NONE'), ('WB', 21, 'NONE'), ('REG COMMISS.', 21, 'NONE'), ('DESA', 21, 'NONE'), ('FAO', 21, 'NONE'), ('IFAD', 21, 'NONE'), ('HABITAT', 21, 'NONE'), ('ICAO', 21, 'NONE'), ('UNOHCHR', 21, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 21, 'NONE'), ('IOM', 21, 'NONE'), ('ILO', 21, 'INVOLVED'), ('IMO', 21, 'NONE'), ('WMO', 21, 'NONE'), ('OMPI', 21, 'NONE'), ('WHO', 21, 'NONE'), ('UNODC', 21, 'NONE'), ('UN WOMEN', 21, 'NONE'), ('UNAIDS', 21, 'NONE'), ('UNPD', 21, 'NONE'), ('UNCTAD', 21, 'NONE'), ('UNESCO', 21, 'NONE'), ('UNFPA', 21, 'NONE'), ('UNICEF', 21, 'NONE'), ('UNITAR', 21, 'NONE'), ('UPU', 21, 'NONE'),
    ('UNHCR', 22, 'NONE'), ('WB', 22, 'NONE'), ('REG COMMISS.', 22, 'INVOLVED'), ('DESA', 22, 'INVOLVED'), ('FAO', 22, 'NONE'), ('IFAD', 22, 'NONE'), ('HABITAT', 22, 'NONE'), ('ICAO', 22, 'NONE'), ('UNOHCHR', 22, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 22, 'NONE'), ('IOM', 22, 'NONE'), ('ILO', 22, 'INVOLVED'), ('IMO', 22, 'INVOLVED'), ('WMO', 22, 'NONE'), ('OMPI', 22, 'NONE'), ('WHO', 22, 'NONE'), ('UNODC', 22, 'NONE'), ('UN WOMEN', 22, 'NONE'), ('UNAIDS', 22, 'INVOLVED'), ('UNPD', 22, 'NONE'), ('UNCTAD', 22, 'NONE'), ('UNESCO', 22, 'INVOLVED'), ('UNFPA', 22, 'STRONG'), ('UNICEF', 22, 'NONE'), ('UNITAR', 22, 'NONE'), ('UPU', 22, 'NONE'),
    ('UNHCR', 23, 'NONE'), ('WB', 23, 'NONE'), ('REG COMMISS.', 23, 'INVOLVED'), ('DESA', 23, 'INVOLVED'), ('FAO', 23, 'STRONG'), ('IFAD', 23, 'STRONG'), ('HABITAT', 23, 'NONE'), ('ICAO', 23, 'NONE'), ('UNOHCHR', 23, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 23, 'NONE'), ('IOM', 23, 'NONE'), ('ILO', 23, 'INVOLVED'), ('IMO', 23, 'INVOLVED'), ('WMO', 23, 'NONE'), ('OMPI', 23, 'NONE'), ('WHO', 23, 'NONE'), ('UNODC', 23, 'INVOLVED'), ('UN WOMEN', 23, 'INVOLVED'), ('UNAIDS', 23, 'INVOLVED'), ('UNPD', 23, 'NONE'), ('UNCTAD', 23, 'NONE'), ('UNESCO', 23, 'INVOLVED'), ('UNFPA', 23, 'INVOLVED'), ('UNICEF', 23, 'NONE'), ('UNITAR', 23, 'NONE'), ('UPU', 23, 'NONE'),
    ('UNHCR', 24, 'INVOLVED'), ('WB', 24, 'NONE'), ('REG COMMISS.', 24, 'NONE'), ('DESA', 24, 'NONE'), ('FAO', 24, 'NONE'), ('IFAD', 24, 'NONE'), ('HABITAT', 24, 'NONE'), ('ICAO', 24, 'INVOLVED'), ('UNOHCHR', 24, 'INVOLVED'), ('SPECIAL RAPP. ON H. RIGHTS', 24, 'NONE'), ('IOM', 24, 'STRONG'), ('ILO', 24, 'STRONG'), ('IMO', 24, 'NONE'), ('WMO', 24, 'NONE'), ('OMPI', 24, 'NONE'), ('WHO', 24, 'NONE'), ('UNODC', 24, 'INVOLVED'), ('UN WOMEN', 24, 'STRONG'), ('UNAIDS', 24, 'NONE'), ('UNPD', 24, 'NONE'), ('UNCTAD', 24, 'NONE'), ('UNESCO', 24, 'NONE'), ('UNFPA', 24, 'INVOLVED'), ('UNICEF', 24, 'INVOLVED'), ('UNITAR', 24, 'INVOLVED'), ('UPU', 24, 'NONE'),
    ('UNHCR', 25, 'INVOLVED'), ('WB', 25, 'STRONG'), ('REG COMMISS.', 25, 'STRONG'), ('DESA', 25, 'STRONG'), ('FAO', 25, 'INVOLVED'), ('IFAD', 25, 'INVOLVED'), ('HABITAT', 25, 'INVOLVED'), ('ICAO', 25, 'NONE'), ('UNOHCHR', 25, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 25, 'NONE'), ('IOM', 25, 'NONE'), ('ILO', 25, 'STRONG'), ('IMO', 25, 'STRONG'), ('WMO', 25, 'NONE'), ('OMPI', 25, 'NONE'), ('WHO', 25, 'NONE'), ('UNODC', 25, 'INVOLVED'), ('UN WOMEN', 25, 'INVOLVED'), ('UNAIDS', 25, 'INVOLVED'), ('UNPD', 25, 'INVOLVED'), ('UNCTAD', 25, 'NONE'), ('UNESCO', 25, 'NONE'), ('UNFPA', 25, 'INVOLVED'), ('UNICEF', 25, 'STRONG'), ('UNITAR', 25, 'INVOLVED'), ('UPU', 25, 'INVOLVED'),
    ('UNHCR', 26, 'STRONG'), ('WB', 26, 'INVOLVED'), ('REG COMMISS.', 26, 'NONE'), ('DESA', 26, 'STRONG'), ('FAO', 26, 'STRONG'), ('IFAD', 26, 'NONE'), ('HABITAT', 26, 'INVOLVED'), ('ICAO', 26, 'NONE'), ('UNOHCHR', 26, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 26, 'NONE'), ('IOM', 26, 'STRONG'), ('ILO', 26, 'STRONG'), ('IMO', 26, 'NONE'), ('WMO', 26, 'NONE'), ('OMPI', 26, 'NONE'), ('WHO', 26, 'STRONG'), ('UNODC', 26, 'STRONG'), ('UN WOMEN', 26, 'INVOLVED'), ('UNAIDS', 26, 'NONE'), ('UNPD', 26, 'STRONG'), ('UNCTAD', 26, 'NONE'), ('UNESCO', 26, 'STRONG'), ('UNFPA', 26, 'STRONG'), ('UNICEF', 26, 'STRONG'), ('UNITAR', 26, 'NONE'), ('UPU', 26, 'NONE'),
    ('UNHCR', 27, 'STRONG'), ('WB', 27, 'STRONG'), ('REG COMMISS.', 27, 'STRONG'), ('DESA', 27, 'STRONG'), ('FAO', 27, 'NONE'), ('IFAD', 27, 'NONE'), ('HABITAT', 27, 'NONE'), ('ICAO', 27, 'NONE'), ('UNOHCHR', 27, 'STRONG'), ('SPECIAL RAPP. ON H. RIGHTS', 27, 'NONE'), ('IOM', 27, 'STRONG'), ('ILO', 27, 'STRONG'), ('IMO', 27, 'NONE'), ('WMO', 27, 'NONE'), ('OMPI', 27, 'NONE'), ('WHO', 27, 'STRONG'), ('UNODC', 27, 'STRONG'), ('UN WOMEN', 27, 'STRONG'), ('UNAIDS', 27, 'NONE'), ('UNPD', 27, 'STRONG'), ('UNCTAD', 27, 'NONE'), ('UNESCO', 27, 'NONE'), ('UNFPA', 27, 'NONE'), ('UNICEF', 27, 'NONE'), ('UNITAR', 27, 'NONE'), ('UPU', 27, 'NONE'),
    ('UNHCR', 28, 'STRONG'), ('WB', 28, 'NONE'), ('REG COMMISS.', 28, 'INVOLVED'), ('DESA', 28, 'NONE'), ('FAO', 28, 'NONE'), ('IFAD', 28, 'NONE'), ('HABITAT', 28, 'NONE'), ('ICAO', 28, 'NONE'), ('UNOHCHR', 28, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 28, 'NONE'), ('IOM', 28, 'NONE'), ('ILO', 28, 'STRONG'), ('IMO', 28, 'NONE'), ('WMO', 28, 'NONE'), ('OMPI', 28, 'NONE'), ('WHO', 28, 'NONE'), ('UNODC', 28, 'NONE'), ('UN WOMEN', 28, 'NONE'), ('UNAIDS', 28, 'NONE'), ('UNPD', 28, 'NONE'), ('UNCTAD', 28, 'NONE'), ('UNESCO', 28, 'NONE'), ('UNFPA', 28, 'NONE'), ('UNICEF', 28, 'NONE'), ('UNITAR', 28, 'NONE'), ('UPU', 28, 'NONE'),
    ('UNHCR', 29, 'INVOLVED'), ('WB', 29, 'NONE'), ('REG COMMISS.', 29, 'NONE'), ('DESA', 29, 'NONE'), ('FAO', 29, 'NONE'), ('IFAD', 29, 'NONE'), ('HABITAT', 29, 'NONE'), ('ICAO', 29, 'NONE'), ('UNOHCHR', 29, 'NONE'), ('SPECIAL RAPP. ON H. RIGHTS', 29, 'NONE'), ('IOM', 29, 'NONE'), ('ILO', 29, 'STRONG'), ('IMO', 29, 'NONE'), ('WMO', 29, 'NONE'), ('OMPI', 29, 'NONE'), ('WHO', 29, 'NONE'), ('UNODC', 29, 'NONE'), ('UN WOMEN', 29, 'NONE'), ('UNAIDS', 29, 'NONE'), ('UNPD', 29, 'NONE'), ('UNCTAD', 29, 'NONE'), ('UNESCO', 29, 'NONE'), ('UNFPA', 29, 'NONE'), ('UNICEF', 29, 'NONE'), ('UNITAR', 29, 'NONE'), ('UPU', 29, 'NONE')
     ) as v (label, number, level)
join organization o on o.matrix_label = v.label
join theme t on t.number = v.number
order by t.number, o.matrix_position;

insert into edition (year, title, event, place, published_on, state, frozen_revision)
values (2014, 'Migration in the International System', 'XIV South American Conference on Migration', 'Lima, Peru',
        date '2014-10-16', 'PUBLISHED', currval('revision_seq'));

-- Audit rows: everything above was added in the import revision.
insert into organization_aud (id, rev, revtype, code, name, acronym_es, category, founding_year, mandate,
                              migration_involvement, notes, matrix_position, matrix_label)
select id, currval('revision_seq'), 0, code, name, acronym_es, category, founding_year, mandate,
       migration_involvement, notes, matrix_position, matrix_label
from organization;

insert into theme_aud (id, rev, revtype, number, title)
select id, currval('revision_seq'), 0, number, title
from theme;

insert into involvement_aud (id, rev, revtype, organization_id, theme_id, level, note)
select id, currval('revision_seq'), 0, organization_id, theme_id, level, note
from involvement;

insert into edition_aud (id, rev, revtype, year, title, event, place, published_on, state, frozen_revision)
select id, currval('revision_seq'), 0, year, title, event, place, published_on, state, frozen_revision
from edition;
