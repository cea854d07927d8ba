import type { DemoStory } from "../types";

export const healthStories: DemoStory[] = [
  {
    key: "flu-vaccination-campaign",
    topics: ["health"],
    authors: ["sofia"],
    source: null,
    image: { motif: "columns", hue: 145, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 150,
    es: {
      title: "Comienza la campaña de vacunación contra la gripe con 9,2 millones de dosis",
      summary:
        "Los mayores de 60 años, las embarazadas, los niños de seis meses a cinco años y las personas con enfermedades crónicas pueden vacunarse desde hoy en los centros de salud y, por primera vez, en 2.400 farmacias.",
      body: `<p>La campaña de vacunación contra la gripe de esta temporada comienza hoy en todo el país con 9,2 millones de dosis disponibles, un 6 % más que el año pasado. Por primera vez, además de los centros de salud, 2.400 farmacias adheridas al programa podrán administrar la vacuna a adultos sin necesidad de cita previa.</p>
<h2>Quién debe vacunarse</h2>
<p>La Comisión de Salud Pública recomienda la vacunación a los siguientes grupos:</p>
<ul>
<li>Personas de 60 años o más.</li>
<li>Niños y niñas de entre seis meses y cinco años.</li>
<li>Embarazadas, en cualquier trimestre de la gestación.</li>
<li>Personas con enfermedades crónicas cardiovasculares, respiratorias, renales o metabólicas, y personas inmunodeprimidas.</li>
<li>Personal sanitario, de residencias y de servicios esenciales.</li>
</ul>
<p>El objetivo es alcanzar una cobertura del 75 % entre los mayores de 65 años y del 60 % entre el personal sanitario, frente al 68 % y el 52 % registrados la temporada pasada.</p>
<blockquote><p>La vacuna es la herramienta más eficaz que tenemos para evitar hospitalizaciones. Cada punto de cobertura que ganamos entre los mayores se traduce en cientos de ingresos menos en enero.</p></blockquote>
<p>Así lo explicó la directora general de Salud Pública, la doctora Inés Galarza, en la presentación de la campaña. Galarza recordó que la vacuna puede administrarse el mismo día que las dosis de refuerzo frente a otros virus respiratorios y que los efectos secundarios suelen ser leves y pasajeros.</p>
<h2>Cita previa y más información</h2>
<p>La cita puede solicitarse en la aplicación de salud, por teléfono o en el propio centro. Las farmacias participantes pueden consultarse en el <a href="https://www.example.org/salud/vacunacion-gripe">mapa de puntos de vacunación</a>, que incluye horarios y datos de accesibilidad.</p>
<p>Como novedad, los niños de entre dos y cinco años recibirán la vacuna en forma de espray nasal, una presentación que evita el pinchazo y que, según la experiencia de la temporada pasada en varias regiones, mejora la aceptación de las familias. Los menores de dos años seguirán recibiendo la vacuna inyectable. Las residencias de mayores serán las primeras en completar la vacunación, con equipos que se desplazarán a los centros durante las dos primeras semanas de la campaña. Los centros de salud enviarán además recordatorios por mensaje de texto a los pacientes de los grupos prioritarios que aún no hayan pedido cita.</p>
<p>La campaña de comunicación, con el lema «Protégete, protege», se difundirá en radio, televisión, redes sociales y pantallas del transporte público. Los servicios de información sanitaria atenderán consultas en el teléfono gratuito de salud durante toda la temporada.</p>`,
      imageCaption: "Ilustración: columnas de un edificio sanitario bajo una luz verde suave.",
      imageAlt: "Columnas estilizadas en tonos verdes.",
    },
    en: {
      title: "Flu vaccination campaign begins with 9.2 million doses available",
      summary:
        "People aged 60 and over, pregnant women, children aged six months to five years and people with chronic conditions can be vaccinated from today at health centres and, for the first time, at 2,400 pharmacies.",
      body: `<p>This season's flu vaccination campaign starts today across the country with 9.2 million doses available, 6% more than last year. For the first time, 2,400 participating pharmacies will be able to vaccinate adults without an appointment, in addition to health centres.</p>
<h2>Who should get vaccinated</h2>
<p>The Public Health Commission recommends the vaccine for the following groups:</p>
<ul>
<li>People aged 60 and over.</li>
<li>Children aged between six months and five years.</li>
<li>Pregnant women, at any stage of pregnancy.</li>
<li>People with chronic heart, lung, kidney or metabolic conditions, and people with weakened immune systems.</li>
<li>Health workers, care home staff and essential service workers.</li>
</ul>
<p>The target is to reach 75% coverage among people over 65 and 60% among health workers, up from 68% and 52% respectively last season.</p>
<blockquote><p>The vaccine is the most effective tool we have to keep people out of hospital. Every percentage point of coverage we gain among older people means hundreds fewer admissions in January.</p></blockquote>
<p>That was the message from Dr Inés Galarza, director-general for public health, at the campaign launch. She noted that the flu jab can be given on the same day as booster doses against other respiratory viruses, and that side effects are usually mild and short-lived.</p>
<h2>Appointments and further information</h2>
<p>Appointments can be booked through the health app, by phone or in person at the health centre. Participating pharmacies are listed on the <a href="https://www.example.org/salud/vacunacion-gripe">vaccination map</a>, which also shows opening hours and accessibility details.</p>
<p>For the first time, children aged two to five will be offered the vaccine as a nasal spray, which avoids an injection and, based on last season's experience in several regions, makes families more likely to accept it. Children under two will continue to receive the injectable vaccine. Care homes will be the first to complete vaccination, with mobile teams visiting residents during the first two weeks of the campaign. Health centres will also send text reminders to patients in the priority groups who have not yet booked an appointment.</p>
<p>The communication campaign, under the slogan "Protect yourself, protect others", will run on radio, television, social media and screens on public transport. The free health information line will answer questions throughout the season.</p>`,
      imageCaption: "Illustration: the columns of a health building in soft green light.",
      imageAlt: "Stylised columns in shades of green.",
    },
  },
  {
    key: "primary-care-waiting-times",
    topics: ["health"],
    authors: ["sofia", "daniel"],
    source: {
      name: "Instituto Nacional de Estadística Pública",
      url: "https://inep.example.org/barometro-sanitario/2026",
    },
    image: { motif: "chart", hue: 335, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 60,
    es: {
      title: "La espera media para ver al médico de familia baja a 6,8 días, según el barómetro sanitario",
      summary:
        "El tiempo de espera para una cita en atención primaria se ha reducido en 1,9 días en un año. La mejora se concentra en las ciudades; en las zonas rurales de Sierra Alta la demora sigue superando los nueve días.",
      body: `<p>Los pacientes esperan de media 6,8 días para conseguir una cita con su médico de familia, casi dos días menos que hace un año, según el Barómetro Sanitario elaborado por el Instituto Nacional de Estadística Pública (INEP) a partir de 7.800 entrevistas. Es la primera vez desde 2019 que la demora baja de los siete días.</p>
<p>El informe atribuye la mejora a la contratación de 1.150 profesionales de medicina y enfermería en atención primaria y a la ampliación de las consultas telefónicas y por videollamada, que ya suponen el 22 % del total. También ha influido que el personal de enfermería gestione directamente las bajas laborales de corta duración, lo que ha liberado tiempo de consulta.</p>
<h2>Brecha entre el campo y la ciudad</h2>
<p>Las diferencias territoriales siguen siendo notables. En las capitales de provincia la espera media es de 5,9 días, mientras que en los municipios de menos de 10.000 habitantes alcanza los 8,4 días. La situación más complicada se da en las comarcas rurales de Sierra Alta, con 9,5 días de media, donde varias plazas de medicina de familia llevan más de un año sin cubrir.</p>
<p>«Hemos avanzado, pero una semana sigue siendo demasiado tiempo para alguien que se encuentra mal», reconoció el director general de Atención Primaria, Javier Montalbán. El responsable anunció incentivos de hasta 9.000 euros anuales para los profesionales que acepten plazas de difícil cobertura.</p>
<h2>Satisfacción de los pacientes</h2>
<p>La valoración de la atención primaria sube hasta 7,1 puntos sobre 10, dos décimas más que en la edición anterior. Los aspectos mejor puntuados son el trato recibido y la confianza en el personal sanitario; los peores, el tiempo de espera y la dificultad para contactar por teléfono con el centro.</p>
<p>El barómetro también pregunta por las urgencias hospitalarias: el 31 % de los encuestados que acudieron a ellas en el último año lo hicieron por un problema que, a su juicio, podría haberse resuelto en su centro de salud.</p>
<p>El Ministerio de Sanidad prevé incorporar el próximo año otros 600 profesionales y extender a todo el país el sistema de cita en línea con asignación automática, que en las regiones donde ya funciona ha reducido en un 40 % las llamadas no atendidas. También se ampliará el horario de tarde en los centros de salud de las ciudades con más población.</p>
<p>Los resultados completos y la metodología del estudio están publicados en la <a href="https://inep.example.org/barometro-sanitario/2026">web del INEP</a>.</p>`,
      imageCaption: "Ilustración: un gráfico descendente sobre fondo rosado.",
      imageAlt: "Barras de gráfico en tonos rosados y granates.",
      correction:
        "Corrección: una versión anterior de esta noticia indicaba que la espera media en Sierra Alta era de 11 días; la cifra correcta es 9,5 días.",
    },
    en: {
      title: "Average wait to see a family doctor falls to 6.8 days, health barometer shows",
      summary:
        "Waiting times for a primary care appointment have fallen by 1.9 days in a year. The improvement is concentrated in cities; in the rural districts of Sierra Alta, patients still wait more than nine days.",
      body: `<p>Patients now wait an average of 6.8 days for an appointment with their family doctor, almost two days less than a year ago, according to the Health Barometer produced by the National Institute of Public Statistics (INEP) from 7,800 interviews. It is the first time since 2019 that the wait has dropped below seven days.</p>
<p>The report attributes the improvement to the recruitment of 1,150 doctors and nurses in primary care and to the expansion of phone and video consultations, which now account for 22% of all appointments. Allowing nurses to handle short-term sick notes has also freed up doctors' time.</p>
<h2>A gap between town and country</h2>
<p>Regional differences remain marked. In provincial capitals the average wait is 5.9 days, while in municipalities with fewer than 10,000 inhabitants it reaches 8.4 days. The most difficult situation is in the rural districts of Sierra Alta, with an average of 9.5 days, where several family doctor posts have been vacant for more than a year.</p>
<p>"We have made progress, but a week is still too long for someone who is unwell," acknowledged Javier Montalbán, director-general for primary care. He announced incentives of up to €9,000 a year for doctors and nurses who take up hard-to-fill posts.</p>
<h2>Patient satisfaction</h2>
<p>Patients rated primary care at 7.1 out of 10, up 0.2 points on the previous survey. The best-rated aspects were the way they were treated and their confidence in staff; the worst were waiting times and the difficulty of getting through to their health centre by phone.</p>
<p>The barometer also asked about hospital emergency departments: 31% of respondents who had visited one in the past year said they went with a problem that, in their view, could have been dealt with at their local health centre.</p>
<p>The Ministry of Health plans to recruit a further 600 staff next year and to roll out nationwide an online booking system with automatic slot allocation, which has cut unanswered calls by 40% in the regions where it is already in use. Afternoon opening hours will also be extended at health centres in the most populous cities.</p>
<p>The full results and methodology are available on the <a href="https://inep.example.org/barometro-sanitario/2026">INEP website</a>.</p>`,
      imageCaption: "Illustration: a falling chart on a pink background.",
      imageAlt: "Chart bars in shades of pink and crimson.",
      correction:
        "Correction: an earlier version of this article said the average wait in Sierra Alta was 11 days; the correct figure is 9.5 days.",
    },
  },
  {
    key: "rural-telemedicine-pilot",
    topics: ["health", "science"],
    authors: ["elena"],
    source: {
      name: "Prensa Austral",
      url: "https://prensaaustral.example.com/2026/10/telemedicina-sierra-alta",
    },
    image: { motif: "circuit", hue: 120, credit: "Prensa Austral" },
    publishedHoursAgo: 330,
    es: {
      title: "La telemedicina llega a 140 consultorios rurales de Sierra Alta con un programa piloto",
      summary:
        "Los pacientes de 96 municipios podrán consultar con especialistas de dermatología, cardiología y salud mental sin desplazarse al hospital. El proyecto incluye mejoras en las comunicaciones de los consultorios más aislados.",
      body: `<p>Un total de 140 consultorios rurales de la comarca de Sierra Alta empezarán a ofrecer consultas de telemedicina con especialistas hospitalarios a partir del próximo mes. El programa piloto, financiado con 6,3 millones de euros, dará servicio a unos 58.000 vecinos de 96 municipios, muchos de ellos situados a más de una hora de carretera del hospital de referencia.</p>
<p>Las primeras especialidades incluidas serán dermatología, cardiología, endocrinología y salud mental. Cada consultorio contará con una cámara de alta resolución, un dermatoscopio digital, un electrocardiógrafo conectado y una pantalla para la videoconsulta, y el personal de enfermería recibirá 30 horas de formación específica.</p>
<h2>Conexión garantizada</h2>
<p>Uno de los principales obstáculos era la calidad de las comunicaciones. Un diagnóstico previo reveló que 37 de los consultorios no disponían de una conexión estable, por lo que el proyecto incluye la instalación de fibra óptica en 25 de ellos y de enlaces por satélite en los 12 restantes, situados en valles de difícil acceso.</p>
<blockquote><p>Hasta ahora, una vecina de ochenta años tenía que pasar un día entero fuera de casa para una revisión de diez minutos. Con este sistema, la revisión se hace en su pueblo y el especialista ve lo mismo que vería en el hospital.</p></blockquote>
<p>Son palabras de la coordinadora del programa, la médica de familia Aurora Quiroga, que ha trabajado durante quince años en la zona. Según sus cálculos, el sistema podría evitar unos 20.000 desplazamientos al año.</p>
<h2>Evaluación independiente</h2>
<p>El proyecto será evaluado durante dos años por un equipo de investigación de la Universidad de Altamira, que medirá los tiempos de espera, la satisfacción de pacientes y profesionales, la seguridad clínica y el ahorro en transporte sanitario. Si los resultados son positivos, el modelo se extenderá al resto de zonas rurales del país a partir de 2028.</p>
<p>Las consultas se realizarán siempre con la presencia de una enfermera o un enfermero del consultorio, que se encargará de las exploraciones y de explicar al paciente las indicaciones del especialista. Los pacientes deberán dar su consentimiento expreso y podrán pedir en cualquier momento una cita presencial en el hospital. Las imágenes se almacenarán en la historia clínica electrónica, con las mismas garantías de confidencialidad que el resto de la información sanitaria, y las videollamadas no se grabarán.</p>
<p>La información sobre el calendario de implantación en cada municipio está disponible en la <a href="https://www.example.org/salud/telemedicina-rural">web del Servicio de Salud</a>.</p>`,
      imageCaption: "Ilustración: líneas de conexión que unen pequeños consultorios de montaña.",
      imageAlt: "Trazos de circuito verdes que se cruzan sobre fondo oscuro.",
    },
    en: {
      title: "Telemedicine pilot connects 140 rural clinics in the Sierra Alta highlands",
      summary:
        "Patients in 96 villages will be able to see dermatology, cardiology and mental health specialists without travelling to hospital. The project also upgrades communications at the most isolated clinics.",
      body: `<p>A total of 140 rural clinics in the Sierra Alta district will begin offering telemedicine appointments with hospital specialists from next month. The pilot programme, backed by €6.3 million, will serve around 58,000 residents in 96 municipalities, many of them more than an hour's drive from their nearest hospital.</p>
<p>The first specialities to be included are dermatology, cardiology, endocrinology and mental health. Each clinic will be fitted with a high-resolution camera, a digital dermatoscope, a connected electrocardiograph and a screen for video consultations, and nursing staff will receive 30 hours of dedicated training.</p>
<h2>Getting connected</h2>
<p>One of the main obstacles was the quality of communications. A preliminary survey found that 37 of the clinics had no stable connection, so the project includes laying fibre to 25 of them and installing satellite links at the remaining 12, which sit in remote valleys.</p>
<blockquote><p>Until now, an eighty-year-old woman had to spend a whole day away from home for a ten-minute check-up. With this system, the check-up happens in her own village and the specialist sees exactly what they would see in hospital.</p></blockquote>
<p>Those are the words of the programme's coordinator, family doctor Aurora Quiroga, who has worked in the area for fifteen years. By her estimate, the system could save around 20,000 journeys a year.</p>
<h2>Independent evaluation</h2>
<p>The project will be evaluated over two years by a research team from the University of Altamira, which will measure waiting times, patient and staff satisfaction, clinical safety and savings on patient transport. If the results are positive, the model will be extended to the rest of the country's rural areas from 2028.</p>
<p>A nurse from the local clinic will be present at every consultation to carry out examinations and explain the specialist's instructions to the patient. Patients will have to give their explicit consent and may ask for a face-to-face hospital appointment at any time. Images will be stored in the electronic health record with the same confidentiality safeguards as all other medical information, and the video calls will not be recorded.</p>
<p>The rollout timetable for each municipality is available on the <a href="https://www.example.org/salud/telemedicina-rural">Health Service website</a>.</p>`,
      imageCaption: "Illustration: lines of connection linking small mountain clinics.",
      imageAlt: "Green circuit traces crossing on a dark background.",
    },
  },
  {
    key: "mental-health-helpline-24h",
    topics: ["health"],
    authors: ["lucia"],
    source: {
      name: "Prensa Austral",
      url: "https://prensaaustral.example.com/2026/10/mental-health-helpline-24-hours",
    },
    image: { motif: "waves", hue: 262, credit: "Heraldo / Ilustración" },
    publishedHoursAgo: 450,
    en: {
      title: "National mental health helpline to answer calls around the clock from December",
      summary:
        "The free Escucha line will move from 12 to 24 hours a day and add a text and web chat service after calls rose by 41% this year. The health ministry will recruit 180 additional psychologists and trained counsellors.",
      body: `<p>The national mental health helpline, known as Escucha, will operate 24 hours a day, seven days a week from 1 December, the Ministry of Health has announced. The free, confidential service currently runs from 8 a.m. to 8 p.m. and will also introduce a text-message and web chat channel for people who find it hard to talk on the phone.</p>
<p>The line handled 212,000 calls in the first ten months of the year, up 41% on the same period last year. Around a third of calls came in during the last two hours of service, and call handlers reported that many callers said they had tried to get through earlier in the night.</p>
<h2>More staff, more training</h2>
<p>To cover the extended hours, the ministry will recruit 180 additional psychologists and trained counsellors, bringing the total team to 420. All staff will complete a 60-hour training programme on suicide prevention, crisis communication and referral to local mental health services.</p>
<blockquote><p>Distress does not keep office hours. Some of the most difficult moments happen at three in the morning, and we want there to be someone on the other end of the line when they do.</p></blockquote>
<p>That was how Dr Lorena Arriaga, the helpline's clinical director, described the change. She stressed that Escucha does not replace the emergency services: anyone at immediate risk should call the emergency number, and call handlers can transfer calls directly when necessary.</p>
<h2>What the research shows</h2>
<p>The decision follows an evaluation by the National Institute of Public Health, whose research found that 78% of callers felt better after the conversation and that one in four was referred to a local service they had not previously known about. The study also recommended adding written channels to reach younger users, who are less likely to make phone calls.</p>
<p>The new text and chat service will be staffed by the same professionals as the phone line and will initially run from 4 p.m. to midnight, when demand is highest, before extending to 24 hours in the spring. Messages will be answered in the order they arrive, except where an automatic triage system detects words suggesting a high level of risk, in which case they will be prioritised.</p>
<p>The extension will cost €14.5 million a year. Information about the service, including resources for families and teachers, is available on the <a href="https://www.example.org/health/escucha">Escucha website</a>.</p>`,
      imageCaption: "Illustration: calm violet waves beneath a night sky.",
      imageAlt: "Soft violet wave shapes on a dark background.",
    },
  },
];
