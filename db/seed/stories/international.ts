import type { DemoStory } from "../types";

export const internationalStories: DemoStory[] = [
  {
    key: "drought-data-sharing-agreement",
    topics: ["international", "environment"],
    authors: ["daniel", "lucia"],
    source: {
      name: "Nordic Wire",
      url: "https://nordicwire.example.com/2026/11/six-country-drought-data-agreement",
    },
    image: { motif: "globe", hue: 180, credit: "Nordic Wire" },
    publishedHoursAgo: 75,
    es: {
      title: "Seis países firman un acuerdo para compartir datos sobre sequías y gestión del agua",
      summary:
        "El acuerdo, firmado en Puerto Alba, crea un sistema común de alerta temprana y un programa de intercambio de técnicos. Los firmantes comparten cuencas o climas similares y aportarán 18 millones de euros en cinco años.",
      body: `<p>Representantes de seis países han firmado en Puerto Alba un acuerdo de cooperación para compartir datos hidrológicos y coordinar la respuesta ante las sequías, un fenómeno cada vez más frecuente en la región. El acuerdo, que tendrá una vigencia inicial de cinco años, contará con una financiación conjunta de 18 millones de euros.</p>
<p>El texto establece la creación de un sistema común de alerta temprana que integrará los datos de más de 3.000 estaciones de medición de caudales, embalses, acuíferos y precipitaciones. Los países firmantes se comprometen a publicar esa información en un formato común y a actualizarla al menos una vez por semana.</p>
<h2>Intercambio de experiencias</h2>
<p>Además del intercambio de datos, el acuerdo incluye un programa de estancias para técnicos de los organismos de cuenca, proyectos conjuntos de investigación sobre reutilización de aguas depuradas y desalación, y la elaboración de una guía compartida de buenas prácticas para la gestión del regadío en periodos de escasez.</p>
<blockquote><p>El agua no entiende de fronteras, y la sequía tampoco. Compartir lo que medimos y lo que aprendemos es la manera más barata y eficaz de prepararnos para lo que viene.</p></blockquote>
<p>Así lo expresó el secretario de Estado de Cooperación Internacional, Gonzalo Prieto, anfitrión de la reunión. La delegación nórdica, que aporta su experiencia en modelización hidrológica, destacó que el sistema servirá también para prever inundaciones, el otro extremo de un clima cada vez más variable.</p>
<h2>Primeros pasos</h2>
<p>La secretaría técnica del acuerdo tendrá su sede en Puerto Alba y comenzará a funcionar en el primer trimestre del próximo año. Su primera tarea será armonizar los indicadores de sequía que utiliza cada país, que hoy se calculan con métodos distintos y dificultan la comparación.</p>
<p>Las organizaciones agrarias han acogido el acuerdo con interés, aunque piden que la información llegue también a los agricultores en un formato sencillo y con tiempo suficiente para planificar las siembras. Los grupos ecologistas, por su parte, reclaman que el sistema incluya indicadores sobre el estado de los ríos y los humedales, y no solo sobre el agua disponible para el consumo y el regadío. La secretaría ha asegurado que ambas peticiones se tendrán en cuenta al diseñar los indicadores.</p>
<p>El texto del acuerdo y la lista de organismos participantes se han publicado en la <a href="https://www.example.org/cooperacion/acuerdo-agua">web de la Agencia de Cooperación Internacional</a>. Los firmantes prevén ampliar la red a otros tres países que han mostrado interés en sumarse.</p>`,
      imageCaption: "Ilustración: un globo terráqueo con las cuencas fluviales resaltadas.",
      imageAlt: "Globo estilizado en tonos turquesa.",
    },
    en: {
      title: "Six countries sign agreement to share drought and water management data",
      summary:
        "The agreement, signed in Puerto Alba, sets up a joint early-warning system and a staff exchange programme. The signatories, which share river basins or similar climates, will contribute €18 million over five years.",
      body: `<p>Representatives of six countries have signed a cooperation agreement in Puerto Alba to share hydrological data and coordinate their response to drought, which is becoming increasingly frequent in the region. The agreement will initially run for five years, with joint funding of €18 million.</p>
<p>It provides for a common early-warning system drawing on data from more than 3,000 stations that measure river flows, reservoirs, groundwater and rainfall. The signatories have committed to publishing this information in a common format and updating it at least once a week.</p>
<h2>Sharing experience</h2>
<p>Beyond data sharing, the agreement includes a secondment programme for river basin staff, joint research projects on treated wastewater reuse and desalination, and a shared good-practice guide for managing irrigation during shortages.</p>
<blockquote><p>Water knows no borders, and neither does drought. Sharing what we measure and what we learn is the cheapest and most effective way to prepare for what lies ahead.</p></blockquote>
<p>Those were the words of Gonzalo Prieto, secretary of state for international cooperation, who hosted the meeting. The Nordic delegation, which brings expertise in hydrological modelling, pointed out that the system will also help forecast floods, the other extreme of an increasingly variable climate.</p>
<h2>First steps</h2>
<p>The agreement's technical secretariat will be based in Puerto Alba and will begin work in the first quarter of next year. Its first task will be to harmonise the drought indicators used by each country, which are currently calculated in different ways and are hard to compare.</p>
<p>Farming organisations welcomed the agreement but asked for the information to reach farmers in a simple format and early enough to plan their sowing. Environmental groups, for their part, want the system to include indicators on the health of rivers and wetlands, not just on how much water is available for drinking and irrigation. The secretariat has said both requests will be taken into account when the indicators are designed.</p>
<p>The text of the agreement and the list of participating bodies have been published on the <a href="https://www.example.org/cooperacion/acuerdo-agua">International Cooperation Agency website</a>. The signatories expect to extend the network to three more countries that have expressed interest in joining.</p>`,
      imageCaption: "Illustration: a globe with river basins highlighted.",
      imageAlt: "Stylised globe in turquoise tones.",
    },
  },
  {
    key: "online-consular-services",
    topics: ["international"],
    authors: ["mateo"],
    source: {
      name: "Boletín Oficial",
      url: "https://boletin.example.gov/2026/10/tramites-consulares-electronicos",
    },
    image: { motif: "globe", hue: 96, credit: "Archivo Heraldo" },
    publishedHoursAgo: 460,
    es: {
      title: "Los consulados permitirán renovar el pasaporte y registrarse en línea a partir de enero",
      summary:
        "Los 2,1 millones de ciudadanos que viven en el extranjero podrán hacer once trámites consulares sin desplazarse. El Boletín Oficial publica el decreto que regula la nueva sede electrónica y la identificación a distancia.",
      body: `<p>Los ciudadanos residentes en el extranjero podrán realizar once trámites consulares por internet a partir del 15 de enero, según el decreto publicado hoy en el Boletín Oficial. La medida afecta a los 2,1 millones de personas inscritas en los registros de los 178 consulados y secciones consulares del país.</p>
<p>Hasta ahora, la mayoría de estas gestiones exigía una cita presencial, lo que en países de gran extensión obligaba a muchas personas a viajar cientos de kilómetros. Según el Ministerio de Asuntos Exteriores, la espera media para obtener cita en los consulados con más demanda supera las siete semanas.</p>
<h2>Trámites disponibles</h2>
<p>Entre las gestiones que podrán hacerse en línea figuran las siguientes:</p>
<ul>
<li>Alta y baja en el registro de residentes en el extranjero.</li>
<li>Renovación del pasaporte, con envío por correo certificado.</li>
<li>Certificados de residencia y de nacionalidad.</li>
<li>Solicitud del voto desde el exterior.</li>
<li>Inscripción de nacimientos y matrimonios, con validación posterior.</li>
<li>Legalización de documentos emitidos por la administración nacional.</li>
</ul>
<p>Para renovar el pasaporte será necesario haber obtenido antes un documento en persona con datos biométricos, de modo que el sistema pueda verificar la identidad mediante una videollamada y reconocimiento facial. El nuevo pasaporte se enviará al domicilio del solicitante en un plazo máximo de 20 días.</p>
<p>«Queremos que vivir fuera no signifique tener más dificultades para relacionarse con la administración», explicó la directora general de Asuntos Consulares, Victoria Espinosa, que subrayó que las oficinas mantendrán la atención presencial para quienes la prefieran o no puedan hacer los trámites en línea.</p>
<h2>Seguridad de las comunicaciones</h2>
<p>La nueva sede electrónica cumple los estándares nacionales de seguridad y cifra todas las comunicaciones entre el ciudadano y el consulado. Los documentos se firmarán con un certificado digital que puede obtenerse en la propia plataforma, y la información personal se almacenará exclusivamente en servidores públicos.</p>
<p>El sistema se ha probado durante seis meses en los consulados de tres grandes ciudades, donde se tramitaron en línea 14.000 solicitudes. Según el ministerio, el tiempo medio de resolución bajó de 38 a 9 días y el 87 % de los usuarios valoró la experiencia como buena o muy buena. Las principales incidencias tuvieron que ver con la calidad de la conexión durante la videollamada de verificación. El personal consular que quede liberado se dedicará a reforzar la asistencia de emergencia a los ciudadanos en dificultades en el extranjero.</p>
<p>El ministerio ha preparado guías en vídeo y un servicio de atención telefónica en horario ampliado para resolver dudas. Toda la información está disponible en la <a href="https://www.example.org/exteriores/consulado-digital">web del Consulado Digital</a>.</p>`,
      imageCaption: "Ilustración: un globo terráqueo rodeado de líneas de conexión.",
      imageAlt: "Globo estilizado en tonos verde lima.",
    },
    en: {
      title: "Consulates to offer online passport renewal and registration from January",
      summary:
        "The 2.1 million citizens living abroad will be able to complete eleven consular procedures without travelling. The Official Gazette has published the decree regulating the new online service and remote identity checks.",
      body: `<p>Citizens living abroad will be able to complete eleven consular procedures online from 15 January, under a decree published today in the Official Gazette. The change affects the 2.1 million people registered with the country's 178 consulates and consular sections.</p>
<p>Until now, most of these procedures required an in-person appointment, which in large countries forced many people to travel hundreds of kilometres. According to the Ministry of Foreign Affairs, the average wait for an appointment at the busiest consulates is more than seven weeks.</p>
<h2>Available services</h2>
<p>The procedures that can be completed online include:</p>
<ul>
<li>Registering and deregistering as a resident abroad.</li>
<li>Passport renewal, with delivery by registered post.</li>
<li>Certificates of residence and nationality.</li>
<li>Applying to vote from abroad.</li>
<li>Registering births and marriages, subject to later validation.</li>
<li>Legalising documents issued by national authorities.</li>
</ul>
<p>To renew a passport online, applicants must previously have obtained an identity document in person with biometric data, so that the system can verify their identity by video call and facial recognition. The new passport will be sent to the applicant's home within 20 days.</p>
<p>"We don't want living abroad to make dealing with the authorities any harder," said Victoria Espinosa, director-general for consular affairs, who stressed that consulates will continue to offer in-person services for those who prefer them or cannot use the online system.</p>
<h2>Secure communications</h2>
<p>The new online service meets national security standards and encrypts all communications between citizens and consulates. Documents will be signed with a digital certificate that can be obtained on the platform itself, and personal information will be stored only on government servers.</p>
<p>The system has been piloted for six months at the consulates in three major cities, where 14,000 applications were processed online. According to the ministry, the average processing time fell from 38 days to 9, and 87% of users rated the experience as good or very good. Most of the problems reported related to poor connection quality during the identity-check video call. Consular staff freed up by the new system will be redeployed to emergency assistance for citizens in difficulty abroad.</p>
<p>The ministry has produced video guides and an extended-hours helpline to answer questions. Full information is available on the <a href="https://www.example.org/exteriores/consulado-digital">Digital Consulate website</a>.</p>`,
      imageCaption: "Illustration: a globe surrounded by lines of connection.",
      imageAlt: "Stylised globe in lime green tones.",
    },
  },
  {
    key: "student-exchange-record",
    topics: ["international", "education"],
    authors: ["sofia", "elena"],
    source: {
      name: "Agencia Meridiano",
      url: "https://meridiano.example.com/2026/10/intercambio-estudiantes-record",
    },
    image: { motif: "globe", hue: 268, credit: "Agencia Meridiano" },
    publishedHoursAgo: 720,
    es: {
      title: "Récord de movilidad: 18.500 universitarios estudiarán un semestre en el extranjero con becas",
      summary:
        "El programa público de movilidad internacional crece un 14 % y suma por primera vez acuerdos con universidades de Asia y África. La ayuda mensual sube a 450 euros y habrá un complemento para los estudiantes con menos recursos.",
      body: `<p>Un total de 18.500 estudiantes universitarios y de Formación Profesional cursarán un semestre o un curso completo en el extranjero este año académico gracias al programa público de movilidad internacional, un 14 % más que el año pasado. Se trata de la cifra más alta desde la creación del programa, hace dos décadas.</p>
<p>Los destinos más solicitados siguen siendo las universidades europeas, que acogen al 81 % de los participantes, con Italia, Francia, Alemania y Portugal a la cabeza. Como novedad, el programa incorpora convenios con 46 universidades de Asia, África y América Latina, que recibirán a unos 900 estudiantes.</p>
<h2>Más ayuda para quien más lo necesita</h2>
<p>La ayuda mensual pasa de 400 a 450 euros, y los estudiantes que ya reciben una beca general por motivos económicos tendrán un complemento adicional de 250 euros al mes. El objetivo es que el coste de vida en el país de destino no sea un obstáculo: según el ministerio, la proporción de participantes con menos recursos ha subido del 18 % al 26 % en tres años.</p>
<blockquote><p>Mi familia no podía pagarme un año fuera. Con la beca y el complemento pude estudiar en Lisboa, y ha sido la experiencia que más me ha cambiado la vida.</p></blockquote>
<p>Así lo cuenta Nerea Salgado, estudiante de Ingeniería de Telecomunicación en la Universidad de Altamira, que participó en el programa el curso pasado y ahora colabora como mentora de los nuevos participantes.</p>
<h2>También en la Formación Profesional</h2>
<p>El número de estudiantes de FP que realizan prácticas en empresas de otros países ha crecido un 30 %, hasta los 3.700. La Secretaría General de Educación considera que la movilidad en la formación profesional es clave para mejorar la empleabilidad y el dominio de idiomas.</p>
<p>La convocatoria del próximo curso incluirá como novedad cursos de idiomas gratuitos en línea antes de la partida, y la beca cubrirá también un seguro médico y de responsabilidad civil. Las universidades de origen deberán reconocer de forma automática los créditos aprobados en el extranjero, una de las quejas más habituales en las encuestas de satisfacción; las que no lo hagan en los tres meses siguientes al regreso del estudiante podrán perder parte de su financiación para movilidad.</p>
<p>Los estudiantes procedentes de zonas rurales y los que tengan alguna discapacidad tendrán prioridad en la asignación de plazas en las universidades asociadas fuera de Europa, donde la demanda ya triplica la oferta.</p>
<p>Las universidades del país recibirán además este año a 21.000 estudiantes extranjeros, lo que lo consolida como uno de los principales destinos europeos de intercambio. La información sobre la próxima convocatoria estará disponible en el <a href="https://www.example.org/educacion/movilidad-internacional">portal de movilidad internacional</a>.</p>`,
      imageCaption: "Ilustración: un globo terráqueo con rutas que unen universidades de varios continentes.",
      imageAlt: "Globo estilizado en tonos violeta.",
    },
    en: {
      title: "Record 18,500 students to spend a semester abroad on public grants",
      summary:
        "The public international mobility programme has grown by 14% and, for the first time, includes agreements with universities in Asia and Africa. The monthly grant rises to €450, with a top-up for students from low-income families.",
      body: `<p>A total of 18,500 university and vocational students will spend a semester or a full year abroad this academic year through the public international mobility programme, 14% more than last year. It is the highest number since the programme was created two decades ago.</p>
<p>European universities remain the most popular destinations, hosting 81% of participants, led by Italy, France, Germany and Portugal. For the first time, the programme also includes agreements with 46 universities in Asia, Africa and Latin America, which will welcome around 900 students.</p>
<h2>More support for those who need it most</h2>
<p>The monthly grant rises from €400 to €450, and students who already receive a means-tested general grant will get an extra €250 a month. The aim is to stop the cost of living abroad from being a barrier: according to the ministry, the share of participants from low-income backgrounds has risen from 18% to 26% in three years.</p>
<blockquote><p>My family couldn't afford to pay for a year abroad. With the grant and the top-up I was able to study in Lisbon, and it has been the most life-changing experience I've had.</p></blockquote>
<p>So says Nerea Salgado, a telecommunications engineering student at the University of Altamira, who took part in the programme last year and now mentors new participants.</p>
<h2>Vocational students too</h2>
<p>The number of vocational students doing work placements with companies in other countries has grown by 30% to 3,700. The education ministry considers mobility in vocational training key to improving employability and language skills.</p>
<p>Next year's call will add free online language courses before departure, and the grant will also cover health and liability insurance. Home universities will be required to recognise credits passed abroad automatically, one of the most frequent complaints in satisfaction surveys; those that fail to do so within three months of the student's return could lose part of their mobility funding.</p>
<p>Students from rural areas and those with disabilities will be given priority for places at partner universities outside Europe, where demand already outstrips supply by three to one.</p>
<p>The country's universities will also welcome 21,000 international students this year, confirming its place as one of Europe's leading exchange destinations. Information about the next round of applications will be available on the <a href="https://www.example.org/educacion/movilidad-internacional">international mobility portal</a>.</p>`,
      imageCaption: "Illustration: a globe with routes linking universities on several continents.",
      imageAlt: "Stylised globe in violet tones.",
    },
  },
];
